import {
  ANNUAL_LIMIT_FEN,
  BASIS,
  consumptionTaxBp,
  CROSS_BORDER_SHARE_BP,
  ORDER_LIMIT_FEN,
  VAT_BP,
  type TaxCategory,
} from './rates';

/** Rounds numerator/denominator to the nearest integer, halves up; exact for any size. */
const divideRounded = (numerator: bigint, denominator: bigint): number =>
  Number((2n * numerator + denominator) / (2n * denominator));

/**
 * The comprehensive rate a buyer pays on the goods value:
 * (consumption tax + VAT) / (1 − consumption tax) × 70%, so 9.1% for most goods and about 23.1%
 * for high-end cosmetics. With `full` it is what general trade pays (no 70% share, plus duty).
 */
export function comprehensiveTaxRate(category: TaxCategory, full = false, dutyRate = 0): number {
  const c = consumptionTaxBp[category] / BASIS;
  const v = VAT_BP / BASIS;
  if (!full) return (((c + v) / (1 - c)) * CROSS_BORDER_SHARE_BP) / BASIS;
  return dutyRate + ((1 + dutyRate) * (c + v)) / (1 - c);
}

interface TaxParts {
  dutyFen: number;
  consumptionTaxFen: number;
  vatFen: number;
}

/**
 * Each tax on a dutiable value, each rounded to the fen. Consumption tax is charged on
 * (value + duty) / (1 − c); VAT on value + duty + consumption tax (before rounding).
 */
function taxesOn(goodsFen: number, category: TaxCategory, full: boolean, dutyBp: number): TaxParts {
  const goods = BigInt(goodsFen);
  const c = BigInt(consumptionTaxBp[category]);
  const share = BigInt(full ? BASIS : CROSS_BORDER_SHARE_BP);
  const base = BigInt(BASIS);
  const duty = full ? BigInt(dutyBp) : 0n;
  // value + duty, scaled by BASIS
  const withDuty = goods * (base + duty);
  // (value + duty) / (1 − c), scaled by BASIS²… kept as a fraction over (base − c)·base
  const taxBaseNum = withDuty * base;
  const taxBaseDen = (base - c) * base;
  return {
    dutyFen: divideRounded(goods * duty, base),
    consumptionTaxFen: divideRounded(taxBaseNum * c * share, taxBaseDen * base * base),
    vatFen: divideRounded(taxBaseNum * BigInt(VAT_BP) * share, taxBaseDen * base * base),
  };
}

export type TaxRegime = 'cross_border' | 'full_tax';

export interface BuyerPriceInput {
  /** The SKU's sale price in fen, as the product shows it. */
  unitPriceFen: number;
  quantity?: number;
  category: TaxCategory;
  /** True when the sale price already includes the tax (the buyer pays exactly the price). */
  priceIncludesTax: boolean;
  /** What the buyer has already spent this year under the cross-border allowance. */
  spentThisYearFen?: number;
  /** The HS code's general duty rate, in basis points; only a full-tax purchase pays duty. */
  fullTaxDutyBp?: number;
}

export interface BuyerPriceBreakdown {
  /** The dutiable value of the goods (the price without tax). */
  goodsFen: number;
  dutyFen: number;
  consumptionTaxFen: number;
  vatFen: number;
  taxFen: number;
  /** What the buyer pays. */
  totalFen: number;
  regime: TaxRegime;
  /** The order is within ¥5,000 (or is one indivisible item, which may exceed it at full tax). */
  withinOrderLimit: boolean;
  /** The order still fits the buyer's ¥26,000 a year. */
  withinAnnualLimit: boolean;
}

/** Goods value g such that g + tax(g) is the price as close as the fen allows. */
function goodsInside(priceFen: number, category: TaxCategory, full: boolean, dutyBp: number): number {
  const rate = comprehensiveTaxRate(category, full, dutyBp / BASIS);
  let goods = Math.round(priceFen / (1 + rate));
  // Rounding of each tax can leave the sum a fen off: step towards the price.
  const total = (g: number) => {
    const t = taxesOn(g, category, full, dutyBp);
    return g + t.dutyFen + t.consumptionTaxFen + t.vatFen;
  };
  while (goods > 0 && total(goods) > priceFen) goods -= 1;
  while (total(goods + 1) <= priceFen) goods += 1;
  return goods;
}

/**
 * What a buyer in China pays for `quantity` of a cross-border SKU, and whether the order is
 * possible: an order above ¥5,000 is refused unless it is a single item, which then pays full tax
 * (general-trade rates, no 70% share, plus duty); the year's ¥26,000 applies on top.
 */
export function buyerPriceBreakdown(input: BuyerPriceInput): BuyerPriceBreakdown {
  const { unitPriceFen, quantity = 1, category, priceIncludesTax, spentThisYearFen = 0 } = input;
  const dutyBp = input.fullTaxDutyBp ?? 0;
  const priceFen = unitPriceFen * quantity;
  const valueAtCrossBorder = priceIncludesTax ? goodsInside(priceFen, category, false, 0) : priceFen;
  const full = quantity === 1 && valueAtCrossBorder > ORDER_LIMIT_FEN;
  const goodsFen = priceIncludesTax ? goodsInside(priceFen, category, full, dutyBp) : priceFen;
  const { dutyFen, consumptionTaxFen, vatFen } = taxesOn(goodsFen, category, full, dutyBp);
  const taxFen = priceIncludesTax ? priceFen - goodsFen : dutyFen + consumptionTaxFen + vatFen;
  // With tax included, rounding goes to VAT so the parts add up to exactly the price.
  const shownVat = priceIncludesTax ? taxFen - dutyFen - consumptionTaxFen : vatFen;
  return {
    goodsFen,
    dutyFen,
    consumptionTaxFen,
    vatFen: shownVat,
    taxFen,
    totalFen: goodsFen + taxFen,
    regime: full ? 'full_tax' : 'cross_border',
    withinOrderLimit: goodsFen <= ORDER_LIMIT_FEN || quantity === 1,
    withinAnnualLimit: spentThisYearFen + goodsFen <= ANNUAL_LIMIT_FEN,
  };
}

/** Why a SKU can't be bought the usual cross-border way; see skuLimitWarning. */
export type SkuLimitWarning = 'full_tax_single_item' | 'above_annual_limit';

/**
 * Why a SKU can never be bought within one order's cross-border limit, or null when it can:
 * above ¥5,000 a single item pays full tax and two never fit one order; above ¥26,000 it does not
 * fit any buyer's yearly allowance, so nobody can buy it through cross-border retail at all.
 */
export function skuLimitWarning(
  unitPriceFen: number,
  category: TaxCategory,
  priceIncludesTax: boolean,
): SkuLimitWarning | null {
  const goods = priceIncludesTax ? goodsInside(unitPriceFen, category, false, 0) : unitPriceFen;
  if (goods > ANNUAL_LIMIT_FEN) return 'above_annual_limit';
  return goods > ORDER_LIMIT_FEN ? 'full_tax_single_item' : null;
}

/** How many of a SKU fit one order within the ¥5,000 limit (at least 1: a single item always may). */
export function maxQuantityPerOrder(unitPriceFen: number, category: TaxCategory, priceIncludesTax: boolean) {
  const goods = priceIncludesTax ? goodsInside(unitPriceFen, category, false, 0) : unitPriceFen;
  return Math.max(1, Math.floor(ORDER_LIMIT_FEN / Math.max(goods, 1)));
}
