import { autoApprovalAt } from './replyClock';

/** Approving more than the brand's threshold needs a brand admin; at or below it, any agent may. */
export const needsAdminApproval = (amountFen: number, thresholdFen: number) => amountFen > thresholdFen;

export type AutoApprovalState = 'running' | 'soon' | 'due';

/** The last 12 hours before the platform approves by itself are shown as urgent. */
export const AUTO_APPROVAL_SOON_MS = 12 * 3_600_000;

export interface AutoApprovalCountdown {
  state: AutoApprovalState;
  /** Milliseconds left (0 once due). */
  leftMs: number;
  dueAt: number;
}

/**
 * How long an undecided after-sales request has before it approves itself: 72 h after the request
 * for domestic orders, 96 h for cross-border ones. Wall-clock hours: this clock never pauses.
 */
export function autoApprovalCountdown(
  requestedAt: number,
  crossBorder: boolean,
  now: number,
): AutoApprovalCountdown {
  const dueAt = autoApprovalAt(requestedAt, crossBorder);
  const leftMs = Math.max(0, dueAt - now);
  const state = leftMs === 0 ? 'due' : leftMs <= AUTO_APPROVAL_SOON_MS ? 'soon' : 'running';
  return { state, leftMs, dueAt };
}
