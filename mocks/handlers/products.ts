import { http } from 'msw';
import { productCreateSchema, productSchema, productUpdateSchema, type Product } from '../../src/api';
import { db } from '../db/store';
import { parseBody, parseChanges } from '../lib/body';
import { copyFields, type Copy } from '../lib/claims';
import { nextSequentialId } from '../lib/ids';
import { settleImports } from '../lib/importJobs';
import { listRecords, type ListOptions } from '../lib/listQuery';
import { conflict, validationFailed } from '../lib/problem';
import {
  crossBorderErrors,
  resolveImages,
  skuErrors,
  withFigures,
  withSkuIds,
  type FieldErrors,
} from '../lib/productRules';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';
import { checkCopyOrRefuse, noReview, reviewCopy } from '../lib/review';
import { findWithinScope, withinScope } from '../lib/scope';
import type { Caller } from '../lib/sessions';
import { exportProductsHandler } from './productExport';

/** How GET /products and GET /products/export.csv read their query: the same filters for both. */
export const productListOptions: ListOptions<Product> = {
  fields: productSchema.keyof().options,
  searchFields: ['title', 'titleEn'],
  // A shopper's barcode scan or a variant's name finds the product too.
  searchAlso: (product, needle) =>
    product.skus.some((sku) => sku.barcode.includes(needle) || sku.spec.toLowerCase().includes(needle)),
  ranges: {
    stockLte: { field: 'stock', bound: 'lte' },
    stockGte: { field: 'stock', bound: 'gte' },
    priceGte: { field: 'priceFen', bound: 'gte' },
    priceLte: { field: 'priceFen', bound: 'lte' },
  },
};

export const productBrandOf = (product: Product) => product.brandId;
const nowIso = () => new Date().toISOString();
const findProduct = (caller: Caller, id: string) =>
  findWithinScope(caller, db.products, id, productBrandOf, 'product');

/** A brand user's products; a brandId they send must not narrow the list to another brand. */
export function productsInScope(caller: Caller, url: URL): { rows: Product[]; params: URLSearchParams } {
  const params = new URLSearchParams(url.searchParams);
  if (caller.user.role !== 'moderator') params.delete('brandId');
  return { rows: withinScope(caller, db.products.all(), productBrandOf), params };
}

/** Ids read `prod-<brand slug>-NNNN`, numbered on from the brand's highest. */
const nextProductId = (brandId: string) =>
  nextSequentialId(db.products.all(), `prod-${brandId.replace(/^brand-/, '')}-`);

/** Copy is checked again only when it changes: a form sending the whole record must not re-queue it. */
const copyChanged = (stored: Product, changes: Partial<Copy>) =>
  copyFields.some((field) => changes[field] !== undefined && changes[field] !== stored[field]);

const refuseAny = (errors: FieldErrors) => {
  if (Object.keys(errors).length > 0) throw validationFailed(errors);
};

export const productHandlers = [
  http.get(
    apiPath('/products'),
    route('products', 'list', ({ caller, url }) => {
      settleImports(caller);
      const { rows, params } = productsInScope(caller, url);
      return json(listRecords(rows, params, productListOptions));
    }),
  ),
  // Before /products/:id, which would take "export.csv" for an id.
  exportProductsHandler,
  http.get(
    apiPath('/products/:id'),
    route('products', 'show', ({ caller, params }) => json(findProduct(caller, params.id))),
  ),
  http.post(
    apiPath('/products'),
    route('products', 'create', async ({ caller, request }) => {
      const fields = await parseBody(request, productCreateSchema);
      const brandId = caller.user.brandId ?? '';
      const images = resolveImages(brandId, fields.images);
      refuseAny({
        ...skuErrors(fields.skus),
        ...crossBorderErrors(brandId, fields.crossBorder),
        ...images.errors,
      });
      const check = checkCopyOrRefuse(fields);
      const now = nowIso();
      const draft = withFigures({
        ...fields,
        images: images.images,
        skus: withSkuIds(fields.skus, []),
        id: nextProductId(brandId),
        version: 1,
        createdAt: now,
        updatedAt: now,
        brandId,
        status: 'draft' as const,
        review: noReview,
      });
      return json(db.products.insert(reviewCopy(draft, check, now)), 201);
    }),
  ),
  http.patch(
    apiPath('/products/:id'),
    route('products', 'edit', async ({ caller, params, request }) => {
      const stored = findProduct(caller, params.id);
      const { version, ...changes } = await parseChanges(request, productUpdateSchema);
      if (version !== stored.version) throw conflict(stored);
      const images = changes.images && resolveImages(stored.brandId, changes.images);
      refuseAny({
        ...(changes.skus ? skuErrors(changes.skus) : {}),
        // Only when sent: a store that changed its trade model must not block unrelated edits.
        ...(changes.crossBorder !== undefined ? crossBorderErrors(stored.brandId, changes.crossBorder) : {}),
        ...images?.errors,
      });
      const merged: Product = withFigures({
        ...stored,
        ...changes,
        images: images ? images.images : stored.images,
        skus: changes.skus ? withSkuIds(changes.skus, stored.skus) : stored.skus,
        version: stored.version + 1,
        updatedAt: nowIso(),
      });
      if (!copyChanged(stored, changes)) return json(db.products.save(merged));
      const check = checkCopyOrRefuse(merged);
      // New copy answers a rejection: the product starts over as a draft the brand lists again.
      const restarted: Product = merged.status === 'rejected' ? { ...merged, status: 'draft' } : merged;
      return json(db.products.save(reviewCopy(restarted, check, merged.updatedAt)));
    }),
  ),
  http.delete(apiPath('/products/:id'), unsupportedRoute('products', 'delete')),
];
