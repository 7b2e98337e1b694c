// Test-only: the seeded Lumière shipping notice these tests rely on. Imported by *.test.tsx only.
import type { QuickReply } from '../api';
import { db } from '../../mocks/db/store';

export const SHIPPING_NOTICE_ID = 'qr-lumiere-01';
export const SHIPPING_NOTICE_BODY =
  '您好 {buyerName}，您的订单 {orderNumber} 已发货，运单号 {trackingNumber}。';

export function ensureShippingNotice(): QuickReply {
  const seeded = db.quickReplies.find(SHIPPING_NOTICE_ID);
  if (!seeded) throw new Error(`the seed lost ${SHIPPING_NOTICE_ID}`);
  return seeded;
}
