import { isCrossBorder, type CrossBorder, type FileRef, type Product, type Sku } from '../../src/api';
import { db } from '../db/store';
import { checkFileRef } from './fileRefs';

/**
 * The platform's rules for a product's parts that the schemas cannot know: SKU ids, the figures kept
 * from the SKUs, customs data against the store's trade model, images against the brand's uploads.
 * Rule checks answer field errors (dotted paths) so one 422 can name every field at once.
 */
export type FieldErrors = Record<string, string>;
type StoredSku = Product['skus'][number];

/** Lists sort and filter on these, so every write keeps them: the lowest SKU price and the total stock. */
export function withFigures<P extends Omit<Product, 'priceFen' | 'stock'>>(
  product: P,
): P & Pick<Product, 'priceFen' | 'stock'> {
  return {
    ...product,
    priceFen: Math.min(...product.skus.map((sku) => sku.priceFen)),
    stock: product.skus.reduce((sum, sku) => sum + sku.stock, 0),
  };
}

/**
 * The platform gives SKU ids: a SKU keeps the id it had on this product, anything else (a new SKU, an
 * id of another product, an id sent twice) gets a new one, so ids stay unique and cannot be chosen.
 */
export function withSkuIds(skus: readonly Sku[], stored: readonly StoredSku[]): StoredSku[] {
  const known = new Set(stored.map((sku) => sku.id));
  return skus.map((sku) => {
    const keep = sku.id !== undefined && known.delete(sku.id);
    return { ...sku, id: keep && sku.id ? sku.id : `sku-${crypto.randomUUID()}` };
  });
}

/** Two SKUs of one product cannot share a spec (the shopper could not tell them apart) or a barcode. */
export function skuErrors(skus: readonly Sku[]): FieldErrors {
  const errors: FieldErrors = {};
  const specs = new Set<string>();
  const barcodes = new Set<string>();
  skus.forEach((sku, index) => {
    if (specs.has(sku.spec)) errors[`skus.${index}.spec`] = 'products.errors.duplicate_spec';
    specs.add(sku.spec);
    if (sku.barcode !== '' && barcodes.has(sku.barcode))
      errors[`skus.${index}.barcode`] = 'products.errors.duplicate_barcode';
    barcodes.add(sku.barcode);
  });
  return errors;
}

const tradeModelOf = (brandId: string) => db.stores.find(brandId)?.tradeModel ?? null;

/**
 * Customs data is required for a cross-border store's products and refused for a domestic store's;
 * a store that has not chosen its trade model yet takes either.
 */
export function crossBorderErrors(brandId: string, crossBorder: CrossBorder | null): FieldErrors {
  const tradeModel = tradeModelOf(brandId);
  if (isCrossBorder(tradeModel) && crossBorder === null)
    return { crossBorder: 'products.errors.cross_border_required' };
  if (tradeModel === 'domestic' && crossBorder !== null)
    return { crossBorder: 'products.errors.not_cross_border' };
  return {};
}

/**
 * Images must be the brand's own product-image uploads; the references are rebuilt from the stored
 * files, so a product never carries a name or url the platform did not give.
 */
export function resolveImages(
  brandId: string,
  images: readonly FileRef[],
): { images: FileRef[]; errors: FieldErrors } {
  const resolved: FileRef[] = [];
  for (const image of images) {
    const check = checkFileRef(brandId, image, 'product_image');
    if ('error' in check) return { images: [], errors: { images: check.error } };
    resolved.push(check.ref);
  }
  return { images: resolved, errors: {} };
}

export const storeIsOpen = (brandId: string) => db.stores.find(brandId)?.status === 'open';
