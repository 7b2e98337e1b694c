import type { AfterSales } from '../../src/api';
import { db } from '../db/store';

/**
 * What an approved after-sales does to its order: a refund gives `amountFen` back, and the order is
 * refunded once everything it cost has been given back. An exchange moves no money.
 */
export function applyApprovalToOrder(request: AfterSales, at: string): void {
  if (request.type === 'exchange') return;
  const order = db.orders.find(request.orderId);
  if (!order) return;
  const refundedFen = Math.min(order.totalFen, order.refundedFen + request.amountFen);
  db.orders.save({
    ...order,
    refundedFen,
    status: refundedFen >= order.totalFen ? 'refunded' : order.status,
    version: order.version + 1,
    updatedAt: at,
  });
}
