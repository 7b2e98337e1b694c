/**
 * Product descriptions the seed rewrites so the moderation screens have something real to show.
 * Each queued text warns (纯天然, 美白, 独家, 首发, clinically proven, only N left …) and none blocks:
 * seed.test.ts runs the engine over every seeded product to prove it.
 */

export interface QueuedCopy {
  productId: string;
  description: string;
  /** When the copy was submitted, in hours before the seed base time. */
  hoursAgo: number;
}

export interface DecidedCopy extends QueuedCopy {
  outcome: 'approve' | 'reject';
  decidedHoursAgo: number;
  reasonRuleId: string | null;
  reasonText: string;
  /** The characters of the description the decision is about. */
  passage: string;
}

/** Waiting in the queue, two per brand, between 2 and 70 hours old. */
export const pendingCopy: QueuedCopy[] = [
  {
    productId: 'prod-lumiere-0003',
    description: '橙花焕亮精华，美白淡斑，28天焕亮肤色。由露光之家出品。',
    hoursAgo: 50,
  },
  {
    // 吊打 is the moderator's own dictionary term (seed/dictionary.ts).
    productId: 'prod-lumiere-0017',
    description: '纯天然玫瑰花水，温和不刺激，保湿力吊打大牌。',
    hoursAgo: 2,
  },
  {
    productId: 'prod-kiwivital-0003',
    description: '新西兰独家牧场奶源，绵羊奶粉首发上市。',
    hoursAgo: 70,
  },
  {
    productId: 'prod-kiwivital-0006',
    description: 'Grass-fed collagen from New Zealand. Limited stock: only 3 left!',
    hoursAgo: 19,
  },
  {
    productId: 'prod-yunshan-0003',
    description: '古法渥堆发酵，限量首发，仅剩3件。',
    hoursAgo: 31,
  },
  {
    productId: 'prod-yunshan-0007',
    description: '纯天然茉莉花窨制，独家七窨工艺。',
    hoursAgo: 7,
  },
];

/** Already decided: one rejection per brand (the brand sees why on its product) and one approval. */
export const decidedCopy: DecidedCopy[] = [
  {
    productId: 'prod-lumiere-0004',
    description: '杏仁卸妆油，温和祛斑，一抹即净。',
    hoursAgo: 120,
    decidedHoursAgo: 116,
    outcome: 'reject',
    reasonRuleId: 'R-MED-W',
    reasonText: '化妆品不得宣称祛斑等医疗功效，请删除“祛斑”后重新提交。',
    passage: '祛斑',
  },
  {
    productId: 'prod-kiwivital-0004',
    description: '蜂胶喷雾，clinically proven to soothe the throat.',
    hoursAgo: 140,
    decidedHoursAgo: 131,
    outcome: 'reject',
    reasonRuleId: 'R-MED-W',
    reasonText: 'A clinical claim needs a registered study on file; none was provided.',
    passage: 'clinically proven',
  },
  {
    productId: 'prod-yunshan-0004',
    description: '正山小种，独家松烟工艺，暖胃好喝。',
    hoursAgo: 100,
    decidedHoursAgo: 97,
    outcome: 'reject',
    reasonRuleId: 'R-FIRST',
    reasonText: '“独家”需提供专利或独家授权证明。',
    passage: '独家',
  },
  {
    productId: 'prod-yunshan-0017',
    description: '白毫银针，首发明前采摘，清甜回甘。',
    hoursAgo: 90,
    decidedHoursAgo: 88,
    outcome: 'approve',
    reasonRuleId: null,
    reasonText: '“首发”在此指明前首批采摘，不是营销首发。',
    passage: '首发',
  },
];

/** Copy that passes only thanks to the moderator's trademark allowlist entry for 最好的时光. */
export const plainCopy: Pick<QueuedCopy, 'productId' | 'description'>[] = [
  {
    productId: 'prod-lumiere-0014',
    description: '晚香玉香水，属于「最好的时光」香氛系列，由露光之家出品。',
  },
];
