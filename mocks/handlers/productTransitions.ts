import { http } from 'msw';
import { productTransitionSchema, type Product, type ProductStatus } from '../../src/api';
import { db } from '../db/store';
import { parseBody } from '../lib/body';
import { conflict, problem } from '../lib/problem';
import { apiPath, json, route } from '../lib/route';
import { findWithinScope } from '../lib/scope';

/**
 * Listing and delisting, the only ways a brand moves a product's status (see docs/api.md, "Product
 * status"). Answers the next status, or throws when the move is not possible from here.
 */
function listedStatus(product: Product): ProductStatus {
  if (product.status === 'listed') return 'listed';
  if (product.review.state === 'rejected')
    throw problem(422, 'products.errors.fix_rejection', 'Change the rejected copy before listing again.');
  // Warned copy waits for a moderator; approval then lists it.
  return product.review.state === 'pending' ? 'in_review' : 'listed';
}

function delistedStatus(product: Product): ProductStatus {
  if (product.status === 'listed' || product.status === 'in_review' || product.status === 'delisted')
    return 'delisted';
  throw problem(422, 'products.errors.not_listed', 'Only a listed product or one in review can be delisted.');
}

const transition = (action: 'list' | 'delist', next: (product: Product) => ProductStatus) =>
  http.post(
    apiPath(`/products/:id/${action}`),
    route('products', 'edit', async ({ caller, params, request }) => {
      const stored = findWithinScope(caller, db.products, params.id, (p) => p.brandId, 'product');
      const { version } = await parseBody(request, productTransitionSchema);
      if (version !== stored.version) throw conflict(stored);
      const status = next(stored);
      // Asking for the status it already has changes nothing, so the version stays.
      if (status === stored.status) return json(stored);
      return json(
        db.products.save({
          ...stored,
          status,
          version: stored.version + 1,
          updatedAt: new Date().toISOString(),
        }),
      );
    }),
  );

export const productTransitionHandlers = [
  transition('list', listedStatus),
  transition('delist', delistedStatus),
];
