import { http } from 'msw';
import { productCreateSchema, productSchema, productUpdateSchema, type Product } from '../../src/api';
import { db } from '../db/store';
import { parseBody, parseChanges } from '../lib/body';
import { listRecords, type ListOptions } from '../lib/listQuery';
import { conflict, validationFailed } from '../lib/problem';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';
import { findWithinScope, withinScope } from '../lib/scope';
import type { Caller } from '../lib/sessions';

const listOptions: ListOptions<Product> = {
  fields: productSchema.keyof().options,
  searchFields: ['title', 'titleEn'],
  ranges: {
    stockLte: { field: 'stock', bound: 'lte' },
    priceGte: { field: 'priceFen', bound: 'gte' },
    priceLte: { field: 'priceFen', bound: 'lte' },
  },
};

const brandOf = (product: Product) => product.brandId;
const findProduct = (caller: Caller, id: string) =>
  findWithinScope(caller, db.products, id, brandOf, 'product');

/** Ids read `prod-<brand slug>-NNNN`, numbered on from the brand's highest. */
function nextProductId(brandId: string): string {
  const slug = brandId.replace(/^brand-/, '');
  const prefix = `prod-${slug}-`;
  const highest = db.products
    .all()
    .filter((product) => product.id.startsWith(prefix))
    .reduce((max, product) => Math.max(max, Number(product.id.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(highest + 1).padStart(4, '0')}`;
}

export const productHandlers = [
  http.get(
    apiPath('/products'),
    route('products', 'list', ({ caller, url }) => {
      const params = new URLSearchParams(url.searchParams);
      // A brand user's list is their brand's already; a brandId they send must not narrow it to another.
      if (caller.user.role !== 'moderator') params.delete('brandId');
      return json(listRecords(withinScope(caller, db.products.all(), brandOf), params, listOptions));
    }),
  ),
  http.get(
    apiPath('/products/:id'),
    route('products', 'show', ({ caller, params }) => json(findProduct(caller, params.id))),
  ),
  http.post(
    apiPath('/products'),
    route('products', 'create', async ({ caller, request }) => {
      const fields = await parseBody(request, productCreateSchema);
      const brandId = caller.user.brandId ?? '';
      const now = new Date().toISOString();
      const product = db.products.insert({
        ...fields,
        id: nextProductId(brandId),
        version: 1,
        createdAt: now,
        updatedAt: now,
        brandId,
        status: 'draft',
      });
      return json(product, 201);
    }),
  ),
  http.patch(
    apiPath('/products/:id'),
    route('products', 'edit', async ({ caller, params, request }) => {
      const stored = findProduct(caller, params.id);
      const { version, ...changes } = await parseChanges(request, productUpdateSchema);
      if (version !== stored.version) throw conflict(stored);
      const merged = { ...stored, ...changes };
      // The schema can only compare prices sent together; one sent alone is checked against the stored one.
      if (merged.priceFen > merged.listPriceFen)
        throw validationFailed({ priceFen: 'products.errors.price_above_list' });
      const updated = db.products.save({
        ...merged,
        version: stored.version + 1,
        updatedAt: new Date().toISOString(),
      });
      return json(updated);
    }),
  ),
  http.delete(apiPath('/products/:id'), unsupportedRoute('products', 'delete')),
];
