import type { OrderItem, Product, ProductCard } from '../../../../src/api';
import { catalogues } from '../catalogue';
import { seedProducts } from '../products';
import { createRandom } from '../random';

let handWritten: Product[] | undefined;

/**
 * The brands' hand-written products exactly as createSeed makes them (the same two seeds, the same
 * order), so order items and product cards name real products with their real names and prices
 * without the service seed having to be handed the catalogue. serviceSeed.test.ts checks they agree.
 */
function handWrittenProducts(): Product[] {
  if (!handWritten) {
    const random = createRandom(20261101);
    const skuRandom = createRandom(20261102);
    handWritten = catalogues.flatMap((catalogue) => seedProducts(catalogue, random, skuRandom));
  }
  return handWritten;
}

/** What buyers can buy: the brand's listed products. */
export const sellableProducts = (brandId: string) =>
  handWrittenProducts().filter((product) => product.brandId === brandId && product.status === 'listed');

export const productCardOf = (product: Product): ProductCard => ({
  productId: product.id,
  name: product.title,
  priceFen: product.priceFen,
  imageUrl: product.images[0]?.url ?? null,
});

export function orderItemOf(product: Product, skuIndex: number, quantity: number): OrderItem {
  const sku = product.skus[skuIndex % product.skus.length];
  return {
    productId: product.id,
    productName: product.title,
    skuSpec: sku.spec,
    quantity,
    unitPriceFen: sku.priceFen,
  };
}
