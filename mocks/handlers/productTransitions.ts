import { http } from 'msw';
import { productTransitionSchema, type Product, type ProductStatus } from '../../src/api';
import { db } from '../db/store';
import { parseBody } from '../lib/body';
import { conflict, problem } from '../lib/problem';
import { crossBorderErrors, storeIsOpen } from '../lib/productRules';
import { apiPath, json, route } from '../lib/route';
import { findWithinScope } from '../lib/scope';

export type StatusAction = 'list' | 'delist';

/**
 * Listing and delisting, the only ways a brand moves a product's status (see docs/api.md, "Product
 * status"). Answers the next status, or throws when the move is not possible from here.
 */
function listedStatus(product: Product): ProductStatus {
  if (product.status === 'listed') return 'listed';
  if (!storeIsOpen(product.brandId))
    throw problem(422, 'products.errors.store_not_open', 'Products can be listed once the store is open.');
  if (product.review.state === 'rejected')
    throw problem(422, 'products.errors.fix_rejection', 'Change the rejected copy before listing again.');
  // A product made before the store chose its trade model may lack (or carry) customs data.
  const [customs] = Object.entries(crossBorderErrors(product.brandId, product.crossBorder));
  if (customs)
    throw problem(422, customs[1], 'The customs data does not fit the store’s trade model.', {
      errors: { [customs[0]]: customs[1] },
    });
  // Warned copy waits for a moderator; approval then lists it.
  return product.review.state === 'pending' ? 'in_review' : 'listed';
}

function delistedStatus(product: Product): ProductStatus {
  if (product.status === 'listed' || product.status === 'in_review' || product.status === 'delisted')
    return 'delisted';
  throw problem(422, 'products.errors.not_listed', 'Only a listed product or one in review can be delisted.');
}

/**
 * The product after the move, to be saved; the same product when it already has that status (nothing
 * changes, so the version stays). Throws the 422 problem when the move is refused. Single moves and
 * bulk moves both come here, so they follow the same rules.
 */
export function moveProduct(product: Product, action: StatusAction, at: string): Product {
  const status = action === 'list' ? listedStatus(product) : delistedStatus(product);
  if (status === product.status) return product;
  return { ...product, status, version: product.version + 1, updatedAt: at };
}

const transition = (action: StatusAction) =>
  http.post(
    apiPath(`/products/:id/${action}`),
    route('products', 'edit', async ({ caller, params, request }) => {
      const stored = findWithinScope(caller, db.products, params.id, (p) => p.brandId, 'product');
      const { version } = await parseBody(request, productTransitionSchema);
      if (version !== stored.version) throw conflict(stored);
      const moved = moveProduct(stored, action, new Date().toISOString());
      return json(moved === stored ? stored : db.products.save(moved));
    }),
  );

export const productTransitionHandlers = [transition('list'), transition('delist')];
