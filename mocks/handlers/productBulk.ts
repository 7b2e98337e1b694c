import { http } from 'msw';
import { bulkActionSchema, MAX_PRICE_FEN, type BulkResult, type Product } from '../../src/api';
import { db } from '../db/store';
import { parseBody } from '../lib/body';
import { problem, ProblemError } from '../lib/problem';
import { withFigures } from '../lib/productRules';
import { apiPath, json, route } from '../lib/route';
import { brandScopeOf } from '../lib/scope';
import type { Caller } from '../lib/sessions';
import { moveProduct } from './productTransitions';

type Outcome = Omit<BulkResult['results'][number], 'id'>;

const priceProblem = (code: string, index: number) =>
  problem(422, code, 'The new price breaks a price rule.', { errors: { [`skus.${index}.priceFen`]: code } });

/**
 * Every SKU's sale price changed by `percent`, rounded to the fen, under the rules of a single edit:
 * above zero, at or below the list price and ¥100,000. One SKU that breaks them and none changes.
 */
export function repriceProduct(product: Product, percent: number, at: string): Product {
  const skus = product.skus.map((sku) => ({
    ...sku,
    priceFen: Math.round((sku.priceFen * (100 + percent)) / 100),
  }));
  skus.forEach((sku, index) => {
    if (sku.priceFen < 1) throw priceProblem('validation.positive', index);
    if (sku.priceFen > MAX_PRICE_FEN) throw priceProblem('products.errors.price_too_high', index);
    if (sku.priceFen > sku.listPriceFen) throw priceProblem('products.errors.price_above_list', index);
  });
  if (skus.every((sku, index) => sku.priceFen === product.skus[index].priceFen)) return product;
  return withFigures({ ...product, skus, version: product.version + 1, updatedAt: at });
}

/** One product of the batch; a refusal is its result, never the batch's. */
function applyTo(caller: Caller, id: string, next: (product: Product) => Product): Outcome {
  const product = db.products.find(id);
  const scope = brandScopeOf(caller);
  // Another brand's product is reported exactly like a missing one.
  if (!product || (scope !== null && product.brandId !== scope))
    return { ok: false, code: 'errors.not_found' };
  try {
    const changed = next(product);
    if (changed !== product) db.products.save(changed);
    return { ok: true, code: null };
  } catch (error) {
    if (error instanceof ProblemError) return { ok: false, code: error.problem.code ?? 'errors.validation' };
    throw error;
  }
}

/**
 * POST /products/bulk: list, delist or reprice up to 1,000 products of the caller's brand with the rules
 * of the single actions, and a result per requested id in order. No version is sent: a bulk action
 * applies to the products as they are now.
 */
export const productBulkHandlers = [
  http.post(
    apiPath('/products/bulk'),
    route('products', 'edit', async ({ caller, request }) => {
      const action = await parseBody(request, bulkActionSchema);
      const at = new Date().toISOString();
      const next = (product: Product) =>
        action.action === 'reprice'
          ? repriceProduct(product, action.percent, at)
          : moveProduct(product, action.action, at);
      // An id sent twice is done once and reported twice.
      const outcomes = new Map<string, Outcome>();
      const results = action.ids.map((id) => {
        const outcome = outcomes.get(id) ?? applyTo(caller, id, next);
        outcomes.set(id, outcome);
        return { id, ...outcome };
      });
      const succeeded = results.filter((result) => result.ok).length;
      const report: BulkResult = { succeeded, failed: results.length - succeeded, results };
      return json(report);
    }),
  ),
];
