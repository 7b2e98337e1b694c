import {
  conversationSchema,
  inboxViewSchema,
  type Conversation,
  type InboxView,
  type ListResponse,
} from '../../src/api';
import { replyCountdown } from '../../src/domain/service';
import { db } from '../db/store';
import { listRecords, type ListOptions } from './listQuery';
import { badRequest } from './problem';
import { findWithinScope, withinScope } from './scope';
import type { Caller } from './sessions';

const brandOf = (row: { brandId: string }) => row.brandId;

/**
 * A snooze ends by itself: the conversation is open again once its time has come. The platform
 * applies it when the conversation is next read (it has no scheduler); the version goes up, as for
 * any change of status, so a decision taken on the snoozed state is told it changed.
 */
export function wakeSnoozed(rows: readonly Conversation[], now: number): Conversation[] {
  return rows.map((row) =>
    row.status === 'snoozed' && row.snoozedUntil !== null && Date.parse(row.snoozedUntil) <= now
      ? db.conversations.save({
          ...row,
          status: 'open',
          snoozedUntil: null,
          version: row.version + 1,
          updatedAt: new Date(now).toISOString(),
        })
      : row,
  );
}

export const findConversation = (caller: Caller, id: string): Conversation =>
  wakeSnoozed([findWithinScope(caller, db.conversations, id, brandOf, 'conversation')], Date.now())[0];

/** Waiting, with under a minute of the 3 service minutes left, or past them. */
export function isBreachingSoon(conversation: Conversation, now: number): boolean {
  if (!conversation.waitingSince) return false;
  const { state } = replyCountdown(Date.parse(conversation.waitingSince), now);
  return state === 'urgent' || state === 'breached';
}

function inView(view: InboxView, caller: Caller, now: number): (row: Conversation) => boolean {
  if (view === 'mine') return (row) => row.assigneeId === caller.user.id;
  if (view === 'unassigned') return (row) => row.assigneeId === null;
  if (view === 'breaching') return (row) => isBreachingSoon(row, now);
  return () => true;
}

function parseView(raw: string | null): InboxView {
  const parsed = inboxViewSchema.safeParse(raw ?? 'all');
  if (!parsed.success) throw badRequest(`Unknown view "${raw}".`, { view: 'validation.invalid_choice' });
  return parsed.data;
}

/**
 * GET /conversations: the view, then the usual list query. `q` also finds a conversation by the
 * number of one of its orders, which buyers quote: the brand's order numbers are read once per
 * request, not once per row, so a thousand conversations stay quick.
 */
export function listConversations(caller: Caller, params: URLSearchParams): ListResponse<Conversation> {
  const query = new URLSearchParams(params);
  const view = parseView(query.get('view'));
  query.delete('view');
  if (!query.has('sort')) {
    query.set('sort', 'lastMessageAt');
    query.set('order', query.get('order') ?? 'DESC');
  }
  const now = Date.now();
  const rows = wakeSnoozed(withinScope(caller, db.conversations.all(), brandOf), now).filter(
    inView(view, caller, now),
  );
  const needle = query.get('q')?.trim().toLowerCase();
  const orderNumbers = needle ? orderNumbersOf(caller) : new Map<string, string>();
  const options: ListOptions<Conversation> = {
    fields: conversationSchema.keyof().options,
    searchFields: ['buyerName', 'lastMessagePreview'],
    searchAlso: (row, lowered) =>
      row.orderIds.some((orderId) => orderNumbers.get(orderId)?.toLowerCase().includes(lowered) === true),
  };
  return listRecords(rows, query, options);
}

function orderNumbersOf(caller: Caller): Map<string, string> {
  return new Map(withinScope(caller, db.orders.all(), brandOf).map((order) => [order.id, order.number]));
}
