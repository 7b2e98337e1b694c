import { Alert, Button } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { Conversation } from '../../api';
import type { PlatformDataProvider } from '../../api/dataProvider';
import { errorMessage, httpStatus } from '../../components/httpErrors';

/** Someone else handles the conversation: say who, and let this agent take it over. */
export function TakeOverBanner({ conversation, me }: { conversation: Conversation; me: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const queryClient = useQueryClient();
  const takeOver = useMutation({
    mutationFn: () =>
      dataProvider.command<Conversation>('conversations', conversation.id, 'assign', {
        version: conversation.version,
        assigneeId: me,
      }),
    onSuccess: () => notify('service.thread.handled.taken', { type: 'success' }),
    onError: (error) =>
      notify(httpStatus(error) === 409 ? 'service.thread.handled.changed' : errorMessage(error), {
        type: 'error',
      }),
    // The inbox and this pane read the conversation from react-admin's cache; the thread itself did not change.
    onSettled: () =>
      queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] === 'conversations' && query.queryKey[2] !== 'messages',
      }),
  });

  return (
    <Alert
      severity="info"
      sx={{ borderRadius: 0, alignItems: 'center' }}
      action={
        <Button color="inherit" size="small" disabled={takeOver.isPending} onClick={() => takeOver.mutate()}>
          {translate('service.thread.handled.take_over')}
        </Button>
      }
    >
      {translate('service.thread.handled.by', { name: conversation.assigneeName ?? '' })}
    </Alert>
  );
}
