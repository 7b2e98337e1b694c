import { productCategories, productStatusSchema } from '../api';

// Choice names are message keys: SelectInput and SelectField translate them.
export const categoryChoices = productCategories.map((id) => ({
  id,
  name: `resources.products.categories.${id}`,
}));

export const statusChoices = productStatusSchema.options.map((id) => ({
  id,
  name: `resources.products.statuses.${id}`,
}));

/** The dashboard's "low stock" means this many or fewer; the list's quick filter uses the same threshold. */
export const LOW_STOCK_THRESHOLD = 9;
