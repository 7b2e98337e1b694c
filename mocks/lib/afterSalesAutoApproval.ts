import { db } from '../db/store';
import { applyApprovalToOrder } from './orderRefunds';

/** Who the platform names as the decider when nobody answered in time. */
export const PLATFORM_DECIDER = 'RED';

/**
 * The platform approves any request still undecided at its deadline (72 h domestic, 96 h cross-border).
 * The mock has no scheduler, so this runs before after-sales are read or decided: nobody can ever see
 * or act on a request that is already past its deadline.
 */
export function settleOverdueAfterSales(now = Date.now()): void {
  for (const request of db.afterSales.all()) {
    if (request.status !== 'requested' || Date.parse(request.autoApproveAt) > now) continue;
    const approved = db.afterSales.save({
      ...request,
      status: 'auto_approved',
      decidedAt: request.autoApproveAt,
      decidedByName: PLATFORM_DECIDER,
      version: request.version + 1,
      updatedAt: request.autoApproveAt,
    });
    applyApprovalToOrder(approved, request.autoApproveAt);
  }
}
