import type { Validator } from 'react-admin';
import { attributeSchema, crossBorderSchema, productSchema, skuSchema } from '../api';
import { zodValidator } from '../components/zodValidator';

/** The contract's field schemas, so the form refuses what the platform would refuse, with the same keys. */
const shape = productSchema.shape;
const sku = skuSchema.shape;
const crossBorder = crossBorderSchema.shape;

/** The value at a dotted path of the form values, e.g. "skus.1.listPriceFen". */
const valueAt = (values: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
      values,
    );

/** The sale price of a SKU may not exceed that SKU's own list price (the sibling field of the same row). */
const priceWithinListPrice: Validator = (
  value: unknown,
  values: unknown,
  props: { finalSource?: string; source?: string },
) => {
  const source = props.finalSource ?? props.source ?? '';
  const listPrice = valueAt(values, source.replace(/priceFen$/, 'listPriceFen'));
  return typeof value === 'number' && typeof listPrice === 'number' && value > listPrice
    ? 'products.errors.price_above_list'
    : undefined;
};

export const productValidators = {
  title: [zodValidator(shape.title, { required: true })],
  titleEn: [zodValidator(shape.titleEn)],
  category: [zodValidator(shape.category, { required: true })],
  description: [zodValidator(shape.description)],
  images: [zodValidator(shape.images)],
};

export const skuValidators = {
  spec: [zodValidator(sku.spec, { required: true })],
  priceFen: [zodValidator(sku.priceFen, { required: true }), priceWithinListPrice],
  listPriceFen: [zodValidator(sku.listPriceFen, { required: true })],
  stock: [zodValidator(sku.stock, { required: true })],
  barcode: [zodValidator(sku.barcode)],
};

export const attributeValidators = {
  name: [zodValidator(attributeSchema.shape.name, { required: true })],
  value: [zodValidator(attributeSchema.shape.value, { required: true })],
};

/** Required on every product of a cross-border store; the inputs only exist for such stores. */
export const crossBorderValidators = {
  originCountry: [zodValidator(crossBorder.originCountry, { required: true })],
  hsCode: [zodValidator(crossBorder.hsCode, { required: true })],
  declaredUnit: [zodValidator(crossBorder.declaredUnit, { required: true })],
  taxCategory: [zodValidator(crossBorder.taxCategory, { required: true })],
};
