import { Create, SimpleForm, useNotify, useRedirect } from 'react-admin';
import type { QuickReply } from '../api';
import { FormDraftKeeper } from '../components/FormDraftKeeper';
import { hasFieldErrors, errorMessage } from '../components/httpErrors';
import { QuickReplyInputs } from './QuickReplyInputs';
import { toQuickReplyWrite } from './quickReplyValidation';

const defaultValues = { title: '', body: '' };

/** A new template for the whole team; the platform checks the text for banned claims again on save. */
export const QuickReplyCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create<QuickReply>
      title="resources.quick-replies.page.create"
      transform={toQuickReplyWrite}
      mutationOptions={{
        onSuccess: () => {
          notify('resources.quick-replies.notifications.created');
          redirect('list', 'quick-replies');
        },
        // Field errors (a blocked claim, a too-long title) stay on their fields with the text kept.
        onError: (error: unknown) => {
          if (!hasFieldErrors(error)) notify(errorMessage(error), { type: 'error' });
        },
      }}
    >
      <SimpleForm defaultValues={defaultValues}>
        <FormDraftKeeper />
        <QuickReplyInputs />
      </SimpleForm>
    </Create>
  );
};
