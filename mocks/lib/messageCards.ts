import type { Conversation, OrderCard, ProductCard } from '../../src/api';
import { db } from '../db/store';
import { validationFailed } from './problem';

/** A product card shows what the buyer would see on the product page: name, lowest price, cover. */
export function productCardFor(conversation: Conversation, productId: string): ProductCard {
  const product = db.products.find(productId);
  // Another brand's product answers like a missing one: its existence never leaks.
  if (!product || product.brandId !== conversation.brandId)
    throw validationFailed({ productId: 'conversations.unknown_product' });
  return {
    productId: product.id,
    name: product.title,
    priceFen: product.priceFen,
    imageUrl: product.images[0]?.url ?? null,
  };
}

export function orderCardFor(conversation: Conversation, orderId: string): OrderCard {
  const order = db.orders.find(orderId);
  if (!order || order.brandId !== conversation.brandId)
    throw validationFailed({ orderId: 'conversations.unknown_order' });
  return {
    orderId: order.id,
    number: order.number,
    totalFen: order.totalFen,
    status: order.status,
    itemCount: order.items.reduce((count, item) => count + item.quantity, 0),
  };
}
