import {
  buyerPriceBreakdown,
  comprehensiveTaxRate,
  maxQuantityPerOrder,
  skuLimitWarning,
  type BuyerPriceInput,
} from './crossBorderTax';

const YUAN = 100;
const breakdown = (input: Partial<BuyerPriceInput> & Pick<BuyerPriceInput, 'unitPriceFen'>) =>
  buyerPriceBreakdown({ category: 'general', priceIncludesTax: false, ...input });

describe('comprehensiveTaxRate', () => {
  it('is 9.1% for general goods: 13% VAT at the 70% cross-border share', () => {
    expect(comprehensiveTaxRate('general')).toBeCloseTo(0.091, 10);
  });

  it('is about 23.1% for high-end cosmetics: (15% + 13%) / (1 − 15%) × 70%', () => {
    expect(comprehensiveTaxRate('high_end_cosmetics')).toBeCloseTo(0.2306, 4);
  });

  it('is the general-trade rate with duty when the purchase pays full tax', () => {
    expect(comprehensiveTaxRate('general', true)).toBeCloseTo(0.13, 10);
    expect(comprehensiveTaxRate('general', true, 0.1)).toBeCloseTo(0.1 + 1.1 * 0.13, 10);
  });
});

describe('buyerPriceBreakdown, tax added to the price', () => {
  it('adds 9.1% VAT to ¥100 of general goods', () => {
    expect(breakdown({ unitPriceFen: 100 * YUAN })).toEqual({
      goodsFen: 10_000,
      dutyFen: 0,
      consumptionTaxFen: 0,
      vatFen: 910,
      taxFen: 910,
      totalFen: 10_910,
      regime: 'cross_border',
      withinOrderLimit: true,
      withinAnnualLimit: true,
    });
  });

  it('adds consumption tax and VAT, ≈23.1% together, to ¥100 of high-end cosmetics', () => {
    // Tax base 100 / 0.85 = 117.647…; consumption tax 15% × 70% = 12.35; VAT 13% × 70% = 10.71.
    expect(breakdown({ unitPriceFen: 100 * YUAN, category: 'high_end_cosmetics' })).toMatchObject({
      goodsFen: 10_000,
      consumptionTaxFen: 1235,
      vatFen: 1071,
      taxFen: 2306,
      totalFen: 12_306,
    });
  });

  it('rounds each tax to the nearest fen, halves up', () => {
    // ¥5.00 × 9.1% = 45.5 fen → 46; ¥100.01 × 9.1% = 910.09 fen → 910.
    expect(breakdown({ unitPriceFen: 500 }).vatFen).toBe(46);
    expect(breakdown({ unitPriceFen: 10_001 }).vatFen).toBe(910);
    // ¥0.05 × 9.1% = 0.455 fen → 0: nothing below half a fen is charged.
    expect(breakdown({ unitPriceFen: 5 }).vatFen).toBe(0);
  });

  it('charges the quantity as one order, rounded once', () => {
    // 3 × ¥0.05 = 15 fen × 9.1% = 1.365 → 1, where 3 rounded items would be 0.
    expect(breakdown({ unitPriceFen: 5, quantity: 3 })).toMatchObject({ goodsFen: 15, vatFen: 1 });
  });
});

describe('buyerPriceBreakdown, tax included in the price', () => {
  it('splits ¥100 of general goods into goods and 9.1% VAT that add up to the price', () => {
    expect(breakdown({ unitPriceFen: 100 * YUAN, priceIncludesTax: true })).toMatchObject({
      goodsFen: 9166,
      consumptionTaxFen: 0,
      vatFen: 834,
      taxFen: 834,
      totalFen: 10_000,
    });
  });

  it('splits ¥100 of high-end cosmetics into goods, consumption tax and VAT', () => {
    expect(
      breakdown({ unitPriceFen: 100 * YUAN, category: 'high_end_cosmetics', priceIncludesTax: true }),
    ).toMatchObject({ goodsFen: 8126, consumptionTaxFen: 1004, vatFen: 870, taxFen: 1874, totalFen: 10_000 });
  });

  it('never lets rounding make the buyer pay a fen more or less than the price', () => {
    for (const category of ['general', 'high_end_cosmetics', 'jewellery'] as const) {
      for (let price = 1; price < 3000; price += 7) {
        const parts = breakdown({ unitPriceFen: price, category, priceIncludesTax: true });
        expect(parts.totalFen).toBe(price);
        expect(parts.goodsFen + parts.dutyFen + parts.consumptionTaxFen + parts.vatFen).toBe(price);
      }
    }
  });
});

describe('buyerPriceBreakdown, the ¥5,000 order limit', () => {
  it('lets a single item above ¥5,000 through at full tax: 13% VAT, no 70% share', () => {
    expect(breakdown({ unitPriceFen: 6000 * YUAN })).toMatchObject({
      goodsFen: 600_000,
      vatFen: 78_000,
      totalFen: 678_000,
      regime: 'full_tax',
      withinOrderLimit: true,
    });
  });

  it('adds the HS code duty to a full-tax purchase, and VAT on top of the duty', () => {
    expect(breakdown({ unitPriceFen: 6000 * YUAN, fullTaxDutyBp: 1000 })).toMatchObject({
      dutyFen: 60_000,
      vatFen: 85_800,
      totalFen: 745_800,
    });
  });

  it('charges no duty within the cross-border limits', () => {
    expect(breakdown({ unitPriceFen: 100 * YUAN, fullTaxDutyBp: 1000 }).dutyFen).toBe(0);
  });

  it('refuses 2 items that are over ¥5,000 together, at the cross-border rate', () => {
    expect(breakdown({ unitPriceFen: 2600 * YUAN, quantity: 2 })).toMatchObject({
      goodsFen: 520_000,
      regime: 'cross_border',
      withinOrderLimit: false,
    });
  });

  it('accepts an order of exactly ¥5,000', () => {
    expect(breakdown({ unitPriceFen: 2500 * YUAN, quantity: 2 })).toMatchObject({
      regime: 'cross_border',
      withinOrderLimit: true,
    });
  });

  it('judges a tax-included price by the goods inside it', () => {
    // ¥5,455 with 9.1% included is exactly ¥5,000 of goods: still cross-border.
    expect(breakdown({ unitPriceFen: 545_500, priceIncludesTax: true })).toMatchObject({
      goodsFen: 500_000,
      regime: 'cross_border',
    });
    expect(breakdown({ unitPriceFen: 545_600, priceIncludesTax: true }).regime).toBe('full_tax');
  });
});

describe('buyerPriceBreakdown, the ¥26,000 annual limit', () => {
  it('fits an order that reaches the limit exactly', () => {
    const order = breakdown({ unitPriceFen: 1000 * YUAN, spentThisYearFen: 25_000 * YUAN });
    expect(order.withinAnnualLimit).toBe(true);
  });

  it('refuses an order a fen over what is left of the year', () => {
    const order = breakdown({ unitPriceFen: 1000 * YUAN + 1, spentThisYearFen: 25_000 * YUAN });
    expect(order.withinAnnualLimit).toBe(false);
  });

  it('refuses a single item above ¥26,000 even to a buyer who has spent nothing', () => {
    expect(breakdown({ unitPriceFen: 26_000 * YUAN + 1 }).withinAnnualLimit).toBe(false);
  });
});

describe('buyerPriceBreakdown, exactness', () => {
  it('keeps every fen of the highest price the platform allows (¥100,000, full tax)', () => {
    // 10,000,000 / 0.85 × 15% = 1,764,705.88 and × 13% = 1,529,411.76
    expect(breakdown({ unitPriceFen: 10_000_000, category: 'high_end_cosmetics' })).toMatchObject({
      consumptionTaxFen: 1_764_706,
      vatFen: 1_529_412,
      totalFen: 13_294_118,
    });
  });

  it('computes large orders exactly, where floating point would drift', () => {
    // Cross-border consumption tax is goods × 21/170 and VAT goods × 91/850 for high-end cosmetics.
    const goods = 9_999_999_999;
    const rounded = (numerator: bigint, denominator: bigint) =>
      Number((2n * numerator + denominator) / (2n * denominator));
    const order = buyerPriceBreakdown({
      unitPriceFen: goods / 3,
      quantity: 3,
      category: 'high_end_cosmetics',
      priceIncludesTax: false,
    });
    expect(order.consumptionTaxFen).toBe(rounded(BigInt(goods) * 21n, 170n));
    expect(order.vatFen).toBe(rounded(BigInt(goods) * 91n, 850n));
  });

  it('is exact up to the largest safe integer', () => {
    const order = breakdown({ unitPriceFen: Number.MAX_SAFE_INTEGER });
    // 9,007,199,254,740,991 × 13% = 1,170,935,903,116,328.83
    expect(order.vatFen).toBe(1_170_935_903_116_329);
  });
});

describe('skuLimitWarning', () => {
  it('says nothing up to ¥5,000 of goods', () => {
    expect(skuLimitWarning(5000 * YUAN, 'general', false)).toBeNull();
    expect(skuLimitWarning(545_500, 'general', true)).toBeNull();
  });

  it('warns that a single item above ¥5,000 pays full tax', () => {
    expect(skuLimitWarning(5000 * YUAN + 1, 'general', false)).toBe('full_tax_single_item');
    expect(skuLimitWarning(545_600, 'general', true)).toBe('full_tax_single_item');
  });

  it('warns that nobody can buy a SKU above the ¥26,000 yearly allowance', () => {
    expect(skuLimitWarning(26_000 * YUAN, 'general', false)).toBe('full_tax_single_item');
    expect(skuLimitWarning(26_000 * YUAN + 1, 'general', false)).toBe('above_annual_limit');
  });
});

describe('maxQuantityPerOrder', () => {
  it('fits as many as ¥5,000 of goods allows', () => {
    expect(maxQuantityPerOrder(2000 * YUAN, 'general', false)).toBe(2);
    expect(maxQuantityPerOrder(100 * YUAN, 'general', false)).toBe(50);
  });

  it('counts the goods without the tax when the price includes it', () => {
    // ¥100 with tax included is ¥91.66 of goods: 54 fit in ¥5,000.
    expect(maxQuantityPerOrder(100 * YUAN, 'general', true)).toBe(54);
  });

  it('always allows one, even above the limit', () => {
    expect(maxQuantityPerOrder(6000 * YUAN, 'general', false)).toBe(1);
  });
});
