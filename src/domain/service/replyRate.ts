import { isInServiceHours, serviceTimeBetween } from './serviceHours';
import { REPLY_TARGET_MS } from './replyClock';

export interface ServiceMessage {
  at: number;
  /** Buyer messages start a wait; merchant messages may end it. */
  from: 'buyer' | 'merchant';
  /** Set on merchant messages: who answered. */
  agentId?: string;
  /** Auto-replies and templates sent by rules never count as a human answer. */
  auto?: boolean;
  /** Internal notes are never seen by the buyer and answer nothing. */
  internal?: boolean;
}

export interface Wait {
  /** The first buyer message that was not yet answered. */
  startedAt: number;
  /** The first human reply after it, or null while still waiting. */
  answeredAt: number | null;
  answeredBy: string | null;
  /** Service-time milliseconds the buyer waited (up to now when unanswered). */
  serviceWaitMs: number;
}

/** The waits of one conversation: each buyer message after a human reply starts a new one. */
export function waitsOf(messages: readonly ServiceMessage[], now: number): Wait[] {
  const waits: Wait[] = [];
  let open: Wait | null = null;
  for (const message of [...messages].sort((a, b) => a.at - b.at)) {
    if (message.from === 'buyer') {
      open ??= { startedAt: message.at, answeredAt: null, answeredBy: null, serviceWaitMs: 0 };
    } else if (open && !message.auto && !message.internal) {
      open.answeredAt = message.at;
      open.answeredBy = message.agentId ?? null;
      open.serviceWaitMs = serviceTimeBetween(open.startedAt, message.at);
      waits.push(open);
      open = null;
    }
  }
  if (open) waits.push({ ...open, serviceWaitMs: serviceTimeBetween(open.startedAt, now) });
  return waits;
}

export interface ReplyFigures {
  /** Waits that started in service hours within the period and are decided (answered, or past 3 minutes). */
  measured: number;
  answeredInTime: number;
  /** answeredInTime / measured, or null when nothing was measured. */
  rate: number | null;
  /** Mean service-time wait of the answered first replies (ms), or null. */
  averageFirstReplyMs: number | null;
}

export interface ReplyPeriod {
  from: number;
  to: number;
  /** Only waits answered by this agent, plus unanswered ones assigned to them (see `assignee`). */
  agentId?: string;
}

/**
 * The 3-minute human reply rate and average first-reply time over conversations, as RED measures
 * them: waits starting in service hours (09:00–23:00) within the period; auto-replies don't count;
 * a wait still open counts against the rate once its 3 minutes of service time are gone.
 */
export function replyFigures(
  conversations: readonly { messages: readonly ServiceMessage[]; assigneeId?: string | null }[],
  period: ReplyPeriod,
  now: number,
): ReplyFigures {
  let measured = 0;
  let answeredInTime = 0;
  let firstReplyTotal = 0;
  let firstReplies = 0;
  for (const conversation of conversations) {
    const waits = waitsOf(conversation.messages, now).filter(
      (wait) =>
        wait.startedAt >= period.from && wait.startedAt < period.to && isInServiceHours(wait.startedAt),
    );
    waits.forEach((wait, index) => {
      const owner = wait.answeredBy ?? conversation.assigneeId ?? null;
      if (period.agentId && owner !== period.agentId) return;
      const inTime = wait.answeredAt !== null && wait.serviceWaitMs <= REPLY_TARGET_MS;
      const decided = wait.answeredAt !== null || wait.serviceWaitMs > REPLY_TARGET_MS;
      if (!decided) return;
      measured += 1;
      if (inTime) answeredInTime += 1;
      if (index === 0 && wait.answeredAt !== null) {
        firstReplyTotal += wait.serviceWaitMs;
        firstReplies += 1;
      }
    });
  }
  return {
    measured,
    answeredInTime,
    rate: measured === 0 ? null : answeredInTime / measured,
    averageFirstReplyMs: firstReplies === 0 ? null : firstReplyTotal / firstReplies,
  };
}
