import { SaveButton, SimpleForm, Toolbar, useNotify, useRedirect } from 'react-admin';
import type { QuickReply } from '../api';
import { ConflictAwareEdit } from '../components/ConflictAwareEdit';
import { ConflictDialog } from '../components/ConflictDialog';
import { FormDraftKeeper } from '../components/FormDraftKeeper';
import { DeleteQuickReplyButton } from './DeleteQuickReplyButton';
import { QuickReplyInputs } from './QuickReplyInputs';
import { toQuickReplyWrite } from './quickReplyValidation';

const editableFields = ['title', 'body'] as const;

const QuickReplyEditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteQuickReplyButton />
  </Toolbar>
);

export const QuickReplyEdit = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <ConflictAwareEdit<QuickReply>
      transform={toQuickReplyWrite}
      mutationOptions={{
        onSuccess: () => {
          notify('resources.quick-replies.notifications.updated');
          redirect('list', 'quick-replies');
        },
      }}
    >
      <SimpleForm toolbar={<QuickReplyEditToolbar />}>
        <FormDraftKeeper />
        <ConflictDialog fields={editableFields} />
        <QuickReplyInputs />
      </SimpleForm>
    </ConflictAwareEdit>
  );
};
