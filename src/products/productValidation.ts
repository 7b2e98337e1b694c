import type { Validator } from 'react-admin';
import { productSchema } from '../api';
import { zodValidator } from '../components/zodValidator';

/** The contract's field schemas, so the form refuses what the platform would refuse, with the same keys. */
const shape = productSchema.shape;

const priceWithinListPrice: Validator = (value: unknown, values: { listPriceFen?: unknown }) =>
  typeof value === 'number' && typeof values.listPriceFen === 'number' && value > values.listPriceFen
    ? 'products.errors.price_above_list'
    : undefined;

export const productValidators = {
  title: [zodValidator(shape.title, { required: true })],
  titleEn: [zodValidator(shape.titleEn)],
  category: [zodValidator(shape.category, { required: true })],
  description: [zodValidator(shape.description)],
  priceFen: [zodValidator(shape.priceFen, { required: true }), priceWithinListPrice],
  listPriceFen: [zodValidator(shape.listPriceFen, { required: true })],
  stock: [zodValidator(shape.stock, { required: true })],
};
