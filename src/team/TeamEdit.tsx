import { Labeled, SaveButton, SelectInput, SimpleForm, TextField, TextInput, Toolbar } from 'react-admin';
import type { TeamMember } from '../api';
import { ConflictAwareEdit } from '../components/ConflictAwareEdit';
import { ConflictDialog } from '../components/ConflictDialog';
import { FormDraftKeeper } from '../components/FormDraftKeeper';
import { VersionInput } from '../components/VersionInput';
import { MemberStatusButton } from './MemberStatusButton';
import { roleChoices } from './teamChoices';
import { teamValidators } from './teamValidation';
import { useIsYourself } from './useIsYourself';

// Only what this form edits: a stale status in the form must never undo a deactivation.
const editableFields = ['name', 'role'] as const;
const toUpdate = ({ version, name, role }: TeamMember) => ({ version, name, role });

// A status change updates the record; keep what is being typed when the form follows it.
const keepTyping = { keepDirtyValues: true };

const TeamEditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <MemberStatusButton />
  </Toolbar>
);

const RoleInput = () => {
  const isYourself = useIsYourself();
  return (
    <SelectInput
      source="role"
      choices={roleChoices}
      validate={teamValidators.role}
      disabled={isYourself}
      helperText={isYourself ? 'resources.team.yourself_role' : undefined}
    />
  );
};

export const TeamEdit = () => (
  <ConflictAwareEdit<TeamMember> transform={toUpdate}>
    <SimpleForm toolbar={<TeamEditToolbar />} resetOptions={keepTyping}>
      <FormDraftKeeper />
      <ConflictDialog fields={editableFields} />
      <VersionInput />
      <Labeled>
        <TextField source="email" />
      </Labeled>
      <TextInput source="name" validate={teamValidators.name} />
      <RoleInput />
    </SimpleForm>
  </ConflictAwareEdit>
);
