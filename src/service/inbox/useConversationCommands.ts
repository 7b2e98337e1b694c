import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import type { PlatformDataProvider } from '../../api/dataProvider';
import type { Conversation, ConversationStatus } from '../../api';
import { conflictingRecord, errorMessage, httpStatus } from '../../components/httpErrors';
import { snoozeUntil, type SnoozeChoice } from './snoozeTimes';
import { useConversationCache } from './useConversationCache';

type Command =
  | { kind: 'assign'; assigneeId: string | null; done: string }
  | { kind: 'status'; status: ConversationStatus; snoozedUntil: string | null; done: string };

/**
 * Take, hand over, release, resolve, snooze and reopen the open conversation. Each sends the
 * version shown; when a teammate changed it first (409) the console shows theirs and says so.
 */
export function useConversationCommands(conversation: Conversation | undefined, userId: string | null) {
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const putConversation = useConversationCache(userId);

  const mutation = useMutation({
    mutationFn: async ({ target, command }: { target: Conversation; command: Command }) => {
      const body =
        command.kind === 'assign'
          ? { version: target.version, assigneeId: command.assigneeId }
          : { version: target.version, status: command.status, snoozedUntil: command.snoozedUntil };
      return dataProvider.command<Conversation>('conversations', target.id, command.kind, body);
    },
    onSuccess: (updated, { command }) => {
      putConversation(updated);
      notify(command.done, { type: 'info' });
    },
    onError: (error, { target }) => {
      const current = conflictingRecord(error);
      if (current) {
        putConversation(current as Conversation);
        notify('service.inbox.actions.conflict', { type: 'warning' });
        return;
      }
      if (httpStatus(error) === 409 || httpStatus(error) === 404)
        void queryClient.invalidateQueries({ queryKey: ['conversations', 'getOne', { id: target.id }] });
      notify(errorMessage(error), { type: 'error' });
    },
  });

  const run = (command: Command) => {
    if (conversation && !mutation.isPending) mutation.mutate({ target: conversation, command });
  };
  const setStatus = (status: ConversationStatus, done: string, snoozedUntil: string | null = null) =>
    run({ kind: 'status', status, snoozedUntil, done });

  return {
    pending: mutation.isPending,
    take: () => run({ kind: 'assign', assigneeId: userId, done: 'service.inbox.actions.taken' }),
    assign: (assigneeId: string) =>
      run({ kind: 'assign', assigneeId, done: 'service.inbox.actions.assigned' }),
    release: () => run({ kind: 'assign', assigneeId: null, done: 'service.inbox.actions.released' }),
    resolve: () => setStatus('resolved', 'service.inbox.actions.resolved'),
    reopen: () => setStatus('open', 'service.inbox.actions.reopened'),
    snooze: (choice: SnoozeChoice) =>
      setStatus('snoozed', 'service.inbox.actions.snoozed', snoozeUntil(choice, Date.now())),
  };
}

export type ConversationCommands = ReturnType<typeof useConversationCommands>;
