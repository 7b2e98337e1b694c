import { Typography } from '@mui/material';
import { SimpleForm, Toolbar, SaveButton, useNotify, useTranslate } from 'react-admin';
import type { ServiceSettings } from '../api';
import { ConflictAwareEdit } from '../components/ConflictAwareEdit';
import { ConflictDialog } from '../components/ConflictDialog';
import { FormDraftKeeper } from '../components/FormDraftKeeper';
import { MoneyInput } from '../components/MoneyInput';
import { VersionInput } from '../components/VersionInput';
import { approvalThresholdValidators, toServiceSettingsUpdate } from './serviceSettingsValidation';

const editableFields = ['approvalThresholdFen'] as const;

// Saving keeps the admin on the page: there is no list to go back to.
const SettingsToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

const SectionTitle = () => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2">
      {translate('resources.service-settings.sections.after_sales')}
    </Typography>
  );
};

/** For brand admins: the amount up to which agents approve refunds on their own. */
export const ServiceSettingsEdit = () => {
  const notify = useNotify();
  return (
    <ConflictAwareEdit<ServiceSettings>
      title="resources.service-settings.page.title"
      transform={toServiceSettingsUpdate}
      redirect={false}
      mutationOptions={{
        onSuccess: () => notify('resources.service-settings.notifications.updated'),
      }}
    >
      <SimpleForm toolbar={<SettingsToolbar />} sx={{ maxWidth: 560 }}>
        <FormDraftKeeper />
        <ConflictDialog fields={editableFields} />
        <VersionInput />
        <SectionTitle />
        <MoneyInput
          source="approvalThresholdFen"
          validate={approvalThresholdValidators}
          helperText="resources.service-settings.helpers.approvalThresholdFen"
          fullWidth
        />
      </SimpleForm>
    </ConflictAwareEdit>
  );
};
