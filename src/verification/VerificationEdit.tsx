import { Form, Loading, SimpleForm, useCanAccess, useRecordContext } from 'react-admin';
import { Box } from '@mui/material';
import type { VerificationApplication } from '../api';
import { ConflictAwareEdit } from '../components/ConflictAwareEdit';
import { ConflictDialog } from '../components/ConflictDialog';
import { FormDraftKeeper } from '../components/FormDraftKeeper';
import { GuardedShow } from '../components/GuardedShow';
import { VersionInput } from '../components/VersionInput';
import { ApplicationErrorSummary } from './ApplicationErrorSummary';
import { ApplicationHistory } from './ApplicationHistory';
import { ApplicationSections } from './ApplicationSections';
import { ApplicationStatusBanner } from './ApplicationStatusBanner';
import { ApplicationToolbar } from './ApplicationToolbar';
import { editableFields, isEditableStatus, toApplicationUpdate } from './ApplicationFields';

const resource = 'verification-applications';

/**
 * The brand's verification application, at /verification-applications/<brandId>: a form in three steps
 * while it is a draft or rejected, the same page read-only while it waits for review or once approved.
 * People whose role may read but not edit it get the read-only page too.
 */
export const VerificationEdit = () => {
  const { canAccess, isPending } = useCanAccess({ resource, action: 'edit' });
  if (isPending) return <Loading />;
  return canAccess ? <EditableApplication /> : <ReadOnlyApplication />;
};

const EditableApplication = () => (
  <ConflictAwareEdit<VerificationApplication>
    transform={toApplicationUpdate}
    redirect={false}
    actions={false}
    title="verification.page.title"
  >
    <ApplicationForm />
  </ConflictAwareEdit>
);

// A save resets the form to the saved record; what the platform said is missing must stay marked until
// it is filled in, even when that save happened on the way to "Submit" (which answers after it).
const keepMarks = { keepErrors: true, keepSubmitCount: true, keepIsSubmitted: true };

const ApplicationForm = () => {
  const application = useRecordContext<VerificationApplication>();
  const editable = isEditableStatus(application?.status);
  return (
    <SimpleForm toolbar={editable ? <ApplicationToolbar /> : false} resetOptions={keepMarks}>
      <ApplicationStatusBanner roleReadOnly={false} />
      <ApplicationErrorSummary />
      {editable && <FormDraftKeeper />}
      {editable && <ConflictDialog fields={editableFields} />}
      <VersionInput />
      <ApplicationSections readOnly={!editable} />
      <ApplicationHistory />
    </SimpleForm>
  );
};

const ReadOnlyApplication = () => (
  <GuardedShow<VerificationApplication> actions={false} title="verification.page.title">
    <Form>
      <Box sx={{ p: 2 }}>
        <ApplicationStatusBanner roleReadOnly />
        <ApplicationSections readOnly />
        <ApplicationHistory />
      </Box>
    </Form>
  </GuardedShow>
);
