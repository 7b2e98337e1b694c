import type { Product } from '../../../src/api';
import type { Random } from './random';

type Sku = Product['skus'][number];
/** A SKU's spec and its price relative to the product's first SKU. */
type Step = [spec: string, priceFactor: number];

/** The variants a product of each kind comes in; the first is the product's own price. */
const ladders: Record<string, Step[]> = {
  skincare: [
    ['经典型', 1],
    ['清爽型', 1],
    ['滋润型', 1.1],
    ['无香型', 1.1],
  ],
  shades: [
    ['01 玫瑰', 1],
    ['02 裸杏', 1],
    ['03 珊瑚', 1],
    ['04 浆果', 1],
  ],
  fragrance: [
    ['30 ml', 1],
    ['50 ml', 1.5],
    ['100 ml', 2.4],
  ],
  candle: [
    ['180 g', 1],
    ['300 g', 1.5],
  ],
  gifts: [
    ['标准礼盒', 1],
    ['节日礼盒', 1.2],
    ['刻字礼盒', 1.4],
  ],
  supplements: [
    ['60 粒', 1],
    ['120 粒', 1.8],
    ['180 粒', 2.5],
  ],
  honey: [
    ['250 g', 1],
    ['500 g', 1.8],
    ['1 kg', 3.2],
  ],
  powder: [
    ['400 g', 1],
    ['800 g', 1.8],
  ],
  spray: [
    ['25 ml', 1],
    ['50 ml', 1.7],
  ],
  tea: [
    ['2026 春茶', 1],
    ['2025 春茶', 1.1],
    ['2024 春茶', 1.25],
    ['2023 春茶', 1.4],
  ],
  teaWeights: [
    ['100克', 1],
    ['250克', 2.3],
    ['500克', 4.4],
    ['1000克', 8.5],
  ],
  teaware: [
    ['朱泥', 1],
    ['紫泥', 1.15],
    ['段泥', 1.15],
  ],
};
export const ladderNames = Object.keys(ladders);

/** The EAN-13 check digit of twelve digits. */
export function ean13(twelveDigits: string): string {
  const sum = [...twelveDigits].reduce(
    (total, digit, index) => total + Number(digit) * (index % 2 ? 3 : 1),
    0,
  );
  return `${twelveDigits}${(10 - (sum % 10)) % 10}`;
}

/** Splits a stock total over the SKUs so that the product's stock (their sum) stays what it was. */
function splitStock(total: number, parts: number, random: Random): number[] {
  const shares = Array.from({ length: parts }, () => random.int(1, 4));
  const whole = shares.reduce((sum, share) => sum + share, 0);
  const stocks = shares.map((share) => Math.floor((total * share) / whole));
  stocks[0] += total - stocks.reduce((sum, stock) => sum + stock, 0);
  return stocks;
}

const yuanOf = (fen: number, factor: number) => Math.round((fen * factor) / 100) * 100;

export interface SkuInput {
  /** `prod-lumiere-0001` → `sku-lumiere-0001-1`, `-2` … */
  productId: string;
  ladder: string;
  priceFen: number;
  listPriceFen: number;
  stock: number;
  /** GS1 company prefix (7 digits) and the product's number within the brand, for unique barcodes. */
  barcodePrefix: string;
  productNumber: number;
}

/**
 * 1–4 SKUs for a product: the first at the product's own price (so it stays the lowest), the others up
 * the ladder, every price in whole yuan and at or below its list price, the stock split between them.
 */
export function seedSkus(input: SkuInput, random: Random): Sku[] {
  const steps = ladders[input.ladder] ?? ladders.gifts;
  const count = random.int(1, steps.length);
  const stocks = splitStock(input.stock, count, random);
  return steps.slice(0, count).map(([spec, factor], index) => ({
    id: `${input.productId.replace(/^prod-/, 'sku-')}-${index + 1}`,
    spec,
    priceFen: index === 0 ? input.priceFen : yuanOf(input.priceFen, factor),
    listPriceFen: index === 0 ? input.listPriceFen : yuanOf(input.listPriceFen, factor),
    stock: stocks[index],
    barcode: ean13(`${input.barcodePrefix}${String(input.productNumber * 4 + index).padStart(5, '0')}`),
  }));
}
