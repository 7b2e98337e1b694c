import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { inboxViewSchema, type ConversationStatus, type InboxView } from '../../api';

/** "active" is what still needs someone (open, pending, snoozed); "any" includes resolved ones. */
export const STATUS_CHOICES = ['active', 'open', 'pending', 'snoozed', 'resolved', 'any'] as const;
export type StatusChoice = (typeof STATUS_CHOICES)[number];
export const INBOX_VIEWS = inboxViewSchema.options;

export interface InboxFilters {
  view: InboxView;
  status: StatusChoice;
  q: string;
}

/** The platform's `status` filter for a choice: several values are sent as repeated parameters. */
export function statusFilter(choice: StatusChoice): ConversationStatus[] | undefined {
  if (choice === 'any') return undefined;
  if (choice === 'active') return ['open', 'pending', 'snoozed'];
  return [choice];
}

/** The filter object of the inbox queries (undefined values are left out of the request). */
export const conversationFilter = ({ view, status, q }: InboxFilters) => ({
  view,
  status: statusFilter(status),
  q: q.trim() || undefined,
});

const isStatusChoice = (value: string | null): value is StatusChoice =>
  (STATUS_CHOICES as readonly string[]).includes(value ?? '');

/**
 * The inbox's view, status and search live in the URL (beside `c`, the open conversation), so a
 * reload, a shared link or the back button keeps them.
 */
export function useInboxFilters(defaultView: InboxView) {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<InboxFilters>(() => {
    const view = inboxViewSchema.safeParse(params.get('view'));
    const status = params.get('status');
    return {
      view: view.success ? view.data : defaultView,
      status: isStatusChoice(status) ? status : 'active',
      q: params.get('q') ?? '',
    };
  }, [params, defaultView]);

  // One URL update for several filters: react-router's functional updates do not queue.
  const setFilters = useCallback(
    (changes: Partial<InboxFilters>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes)) {
            if (value === '' || value === undefined) next.delete(name);
            else next.set(name, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { filters, setFilters };
}
