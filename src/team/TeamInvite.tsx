import { Create, SelectInput, SimpleForm, TextInput, useNotify, useRedirect } from 'react-admin';
import type { TeamMember } from '../api';
import { FormDraftKeeper } from '../components/FormDraftKeeper';
import { roleChoices } from './teamChoices';
import { teamValidators } from './teamValidation';

const defaultValues = { role: 'brand_marketer' };

/** Inviting creates the member as "invited"; the platform sends the e-mail. */
export const TeamInvite = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create<TeamMember>
      mutationOptions={{
        onSuccess: (member) => {
          notify('resources.team.notifications.invited', { messageArgs: { email: member.email } });
          redirect('list', 'team');
        },
      }}
    >
      <SimpleForm defaultValues={defaultValues}>
        <FormDraftKeeper />
        <TextInput source="email" type="email" validate={teamValidators.email} />
        <TextInput source="name" validate={teamValidators.name} />
        <SelectInput source="role" choices={roleChoices} validate={teamValidators.role} />
      </SimpleForm>
    </Create>
  );
};
