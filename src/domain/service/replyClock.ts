import { addServiceTime, isInServiceHours, serviceTimeBetween } from './serviceHours';

/** A human reply within 3 minutes of service time counts towards the reply rate. */
export const REPLY_TARGET_MS = 3 * 60_000;
/** The countdown turns urgent in its last minute. */
export const URGENT_BEFORE_MS = 60_000;

export type ClockState = 'paused' | 'running' | 'urgent' | 'breached';

export interface ReplyCountdown {
  state: ClockState;
  /** Service-time milliseconds left before the 3 minutes are up (negative once breached). */
  leftMs: number;
  /** When the 3 minutes run out, counting service hours only. */
  deadline: number;
}

/**
 * The 3-minute countdown of a conversation whose buyer has waited since `waitingSince`.
 * Outside service hours the clock is paused (it starts or resumes at 09:00).
 */
export function replyCountdown(waitingSince: number, now: number): ReplyCountdown {
  const deadline = addServiceTime(waitingSince, REPLY_TARGET_MS);
  const leftMs = REPLY_TARGET_MS - serviceTimeBetween(waitingSince, now);
  if (leftMs <= 0) return { state: 'breached', leftMs, deadline };
  if (!isInServiceHours(now)) return { state: 'paused', leftMs, deadline };
  return { state: leftMs <= URGENT_BEFORE_MS ? 'urgent' : 'running', leftMs, deadline };
}

/** Hours a merchant has to answer a refund request before the platform approves it by itself. */
export const autoApprovalHours = (crossBorder: boolean) => (crossBorder ? 96 : 72);

/** When an unanswered after-sales request is approved automatically. */
export const autoApprovalAt = (requestedAt: number, crossBorder: boolean) =>
  requestedAt + autoApprovalHours(crossBorder) * 3_600_000;
