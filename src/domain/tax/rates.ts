/**
 * Rates of China's cross-border e-commerce retail import tax, in basis points (1/10,000) so the
 * arithmetic stays exact. Duty is 0% within the buyer's limits; VAT and consumption tax are charged
 * at 70% of what general trade pays.
 */
export const BASIS = 10_000;
export const VAT_BP = 1_300;
export const CROSS_BORDER_SHARE_BP = 7_000;

/** Consumption tax by kind of goods: most goods pay none; high-end cosmetics 15%; gold and jewellery 10%. */
export const consumptionTaxBp = {
  general: 0,
  high_end_cosmetics: 1_500,
  jewellery: 1_000,
} as const;
export type TaxCategory = keyof typeof consumptionTaxBp;
export const taxCategories = Object.keys(consumptionTaxBp) as [TaxCategory, ...TaxCategory[]];

/** ¥5,000 per order and ¥26,000 per buyer per year, on the dutiable value of the goods. */
export const ORDER_LIMIT_FEN = 500_000;
export const ANNUAL_LIMIT_FEN = 2_600_000;
