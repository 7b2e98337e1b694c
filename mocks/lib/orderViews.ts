import type { Order } from '../../src/api';
import type { StoredOrder } from '../db/types';

/**
 * An order as the API answers it: the buyer's phone and address only masked. The full values leave
 * the platform one at a time through POST /orders/:id/reveal, which records who looked.
 */
export function publicOrder(stored: StoredOrder): Order {
  const { buyerPhone, buyerAddress, ...order } = stored;
  void buyerPhone;
  void buyerAddress;
  return order;
}
