export {
  buyerPriceBreakdown,
  comprehensiveTaxRate,
  maxQuantityPerOrder,
  skuLimitWarning,
  type BuyerPriceBreakdown,
  type SkuLimitWarning,
  type BuyerPriceInput,
  type TaxRegime,
} from './crossBorderTax';
export {
  ANNUAL_LIMIT_FEN,
  ORDER_LIMIT_FEN,
  consumptionTaxBp,
  taxCategories,
  type TaxCategory,
} from './rates';
