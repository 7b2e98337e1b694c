import type { CrossBorder, productCategories } from '../../../src/api';

type ProductCategory = (typeof productCategories)[number];

/**
 * What each seeded brand sells: base products times variants give the exact product counts the
 * demo and the tests rely on (Lumière 16×4 = 64, Kiwi Vital 12×4 = 48; Yunshan's first 12×3 = 36,
 * and seed/teaCatalogue.ts makes up the rest of its 10,000). Cross-border brands carry the customs
 * data of each base product: China's HS code, the declared unit and the consumption-tax category.
 * Titles avoid banned advertising claims (最, 第一, best, No.1 ...): the seed must pass the checker.
 */
type Customs = Pick<CrossBorder, 'hsCode' | 'declaredUnit' | 'taxCategory'>;
export type BaseProduct = [
  zh: string,
  en: string,
  category: ProductCategory,
  listPriceYuan: number,
  customs?: Customs,
  /** Which SKU ladder of seed/skus.ts; the category's when left out. */
  skuLadder?: string,
];
export type Variant = [zh: string, en: string, priceFactor: number];

export interface BrandCatalogue {
  brandId: string;
  slug: string;
  titlePrefix: string;
  /** Where the goods come from, for cross-border brands; null for a domestic brand. */
  origin: { country: string; priceIncludesTax: boolean } | null;
  /** Attributes every product of the brand shows (name, value). */
  attributes: [name: string, value: string][];
  /** GS1 company prefix of the brand's barcodes (7 digits: country prefix and company). */
  barcodePrefix: string;
  bases: BaseProduct[];
  variants: Variant[];
}

// Lumière's skincare, make-up and perfume sell above the per-unit thresholds of "high-end cosmetics".
const highEnd = (hsCode: string, declaredUnit: Customs['declaredUnit']): Customs => ({
  hsCode,
  declaredUnit,
  taxCategory: 'high_end_cosmetics',
});
const general = (hsCode: string, declaredUnit: Customs['declaredUnit']): Customs => ({
  hsCode,
  declaredUnit,
  taxCategory: 'general',
});

export const catalogues: BrandCatalogue[] = [
  {
    brandId: 'brand-lumiere',
    slug: 'lumiere',
    titlePrefix: '露光之家',
    origin: { country: 'FR', priceIncludesTax: true },
    attributes: [
      ['产地', '法国 普罗旺斯'],
      ['保质期', '36 个月'],
    ],
    barcodePrefix: '3760123',
    bases: [
      ['玫瑰精华水', 'Rose Essence Toner', 'skincare', 280, highEnd('3304990099', 'bottle')],
      ['薰衣草舒缓面霜', 'Lavender Soothing Cream', 'skincare', 460, highEnd('3304990099', 'bottle')],
      ['橙花焕亮精华', 'Neroli Radiance Serum', 'skincare', 620, highEnd('3304990099', 'bottle')],
      ['杏仁卸妆油', 'Almond Cleansing Oil', 'skincare', 220, general('3304990099', 'bottle')],
      ['葡萄籽滋润眼霜', 'Grape Seed Eye Cream', 'skincare', 380, highEnd('3304990099', 'bottle')],
      ['山茶花保湿乳', 'Camellia Moisturising Lotion', 'skincare', 320, highEnd('3304990099', 'bottle')],
      ['白泥清洁面膜', 'White Clay Mask', 'skincare', 260, general('3304990099', 'piece')],
      ['丝绒哑光唇膏', 'Velvet Matte Lipstick', 'makeup', 260, highEnd('3304100000', 'piece'), 'shades'],
      ['柔光粉底液', 'Soft Glow Foundation', 'makeup', 420, highEnd('3304990099', 'bottle'), 'shades'],
      ['轻盈定妆蜜粉饼', 'Pressed Setting Powder', 'makeup', 320, highEnd('3304910000', 'piece'), 'shades'],
      [
        '普罗旺斯眼影盘',
        'Provence Eyeshadow Palette',
        'makeup',
        480,
        highEnd('3304200090', 'piece'),
        'shades',
      ],
      ['普罗旺斯淡香水', 'Provence Eau de Toilette', 'fragrance', 680, highEnd('3303000000', 'bottle')],
      ['无花果香氛蜡烛', 'Fig Scented Candle', 'fragrance', 360, general('3406000000', 'piece'), 'candle'],
      ['晚香玉香水', 'Tuberose Eau de Parfum', 'fragrance', 980, highEnd('3303000000', 'bottle')],
      ['护手霜礼盒', 'Hand Cream Gift Set', 'gifts', 298, general('3304990099', 'set')],
      ['节日护肤礼盒', 'Holiday Skincare Set', 'gifts', 1280, highEnd('3304990099', 'set')],
    ],
    variants: [
      ['', '', 1],
      ['旅行装', 'Travel Size', 0.45],
      ['限定版', 'Limited Edition', 1.2],
      ['双支装', 'Duo Pack', 1.85],
    ],
  },
  {
    brandId: 'brand-kiwivital',
    slug: 'kiwivital',
    titlePrefix: '奇异活力',
    origin: { country: 'NZ', priceIncludesTax: false },
    attributes: [
      ['产地', '新西兰'],
      ['保质期', '24 个月'],
    ],
    barcodePrefix: '9421234',
    bases: [
      [
        '麦卢卡蜂蜜 UMF10+',
        'Manuka Honey UMF 10+',
        'supplements',
        298,
        general('0409000000', 'can'),
        'honey',
      ],
      ['深海鱼油软胶囊', 'Fish Oil Softgels', 'supplements', 198, general('2106909090', 'bottle')],
      ['绵羊奶粉', 'Sheep Milk Powder', 'supplements', 258, general('0402290000', 'can'), 'powder'],
      ['蜂胶喷雾', 'Propolis Spray', 'supplements', 138, general('2106909090', 'bottle'), 'spray'],
      ['叶黄素软胶囊', 'Lutein Softgels', 'supplements', 218, general('2106909090', 'bottle')],
      ['胶原蛋白粉', 'Collagen Powder', 'supplements', 328, general('2106909090', 'can'), 'powder'],
      ['益生菌粉', 'Probiotic Powder', 'supplements', 268, general('2106909090', 'box'), 'powder'],
      ['维生素C咀嚼片', 'Vitamin C Chewables', 'supplements', 128, general('2106909090', 'bottle')],
      ['绿唇贻贝胶囊', 'Green-Lipped Mussel Capsules', 'supplements', 358, general('2106909090', 'bottle')],
      ['复合维生素片', 'Multivitamin Tablets', 'supplements', 168, general('2106909090', 'bottle')],
      ['儿童鱼油', "Kids' Fish Oil", 'supplements', 188, general('2106909090', 'bottle')],
      ['新西兰营养礼盒', 'New Zealand Wellness Gift Box', 'gifts', 598, general('2106909090', 'box')],
    ],
    variants: [
      ['', '', 1],
      ['体验装', 'Trial Size', 0.4],
      ['家庭装', 'Family Pack', 1.8],
      ['两瓶装', 'Twin Pack', 1.9],
    ],
  },
  {
    brandId: 'brand-yunshan',
    slug: 'yunshan',
    titlePrefix: '云山茶',
    origin: null,
    attributes: [['储存', '阴凉干燥处密封保存']],
    barcodePrefix: '6921234',
    bases: [
      ['武夷岩茶大红袍', 'Da Hong Pao Rock Oolong', 'tea', 368],
      ['云南古树普洱生茶', 'Yunnan Old-Tree Raw Pu-erh', 'tea', 428],
      ['云南普洱熟茶', 'Yunnan Ripe Pu-erh', 'tea', 238],
      ['正山小种红茶', 'Lapsang Souchong Black Tea', 'tea', 198],
      ['白毫银针', 'Silver Needle White Tea', 'tea', 568],
      ['滇红金芽', 'Dianhong Golden Bud', 'tea', 268],
      ['茉莉花茶', 'Jasmine Green Tea', 'tea', 128],
      ['安溪铁观音', 'Anxi Tieguanyin Oolong', 'tea', 218],
      ['福鼎白牡丹', 'Fuding White Peony', 'tea', 298],
      ['西湖龙井', 'West Lake Longjing Green Tea', 'tea', 458],
      ['手工紫砂茶具', 'Handmade Yixing Tea Set', 'gifts', 880, undefined, 'teaware'],
      ['四季茶礼盒', 'Four Seasons Tea Gift Box', 'gifts', 688],
    ],
    variants: [
      ['100克', '100 g', 1],
      ['250克罐装', '250 g Tin', 2.3],
      ['试饮装', 'Sampler', 0.3],
    ],
  },
];
