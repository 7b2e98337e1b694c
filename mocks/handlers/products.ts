import { http } from 'msw';
import { productCreateSchema, productSchema, productUpdateSchema, type Product } from '../../src/api';
import { db } from '../db/store';
import { parseBody, parseChanges } from '../lib/body';
import { copyFields } from '../lib/claims';
import { nextSequentialId } from '../lib/ids';
import { listRecords, type ListOptions } from '../lib/listQuery';
import { conflict, validationFailed } from '../lib/problem';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';
import { checkCopyOrRefuse, noReview, reviewCopy } from '../lib/review';
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
const nowIso = () => new Date().toISOString();
const findProduct = (caller: Caller, id: string) =>
  findWithinScope(caller, db.products, id, brandOf, 'product');

/** Ids read `prod-<brand slug>-NNNN`, numbered on from the brand's highest. */
const nextProductId = (brandId: string) =>
  nextSequentialId(db.products.all(), `prod-${brandId.replace(/^brand-/, '')}-`);

/** Copy is checked again only when it changes: a form sending the whole record must not re-queue it. */
const copyChanged = (stored: Product, changes: Partial<Product>) =>
  copyFields.some((field) => changes[field] !== undefined && changes[field] !== stored[field]);

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
      const check = checkCopyOrRefuse(fields);
      const brandId = caller.user.brandId ?? '';
      const now = nowIso();
      const draft: Product = {
        ...fields,
        id: nextProductId(brandId),
        version: 1,
        createdAt: now,
        updatedAt: now,
        brandId,
        status: 'draft',
        review: noReview,
      };
      return json(db.products.insert(reviewCopy(draft, check, now)), 201);
    }),
  ),
  http.patch(
    apiPath('/products/:id'),
    route('products', 'edit', async ({ caller, params, request }) => {
      const stored = findProduct(caller, params.id);
      const { version, ...changes } = await parseChanges(request, productUpdateSchema);
      if (version !== stored.version) throw conflict(stored);
      const merged: Product = { ...stored, ...changes, version: stored.version + 1, updatedAt: nowIso() };
      // The schema can only compare prices sent together; one sent alone is checked against the stored one.
      if (merged.priceFen > merged.listPriceFen)
        throw validationFailed({ priceFen: 'products.errors.price_above_list' });
      if (!copyChanged(stored, changes)) return json(db.products.save(merged));
      const check = checkCopyOrRefuse(merged);
      // New copy answers a rejection: the product starts over as a draft the brand lists again.
      const restarted: Product = merged.status === 'rejected' ? { ...merged, status: 'draft' } : merged;
      return json(db.products.save(reviewCopy(restarted, check, merged.updatedAt)));
    }),
  ),
  http.delete(apiPath('/products/:id'), unsupportedRoute('products', 'delete')),
];
