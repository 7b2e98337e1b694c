import { pick, seededRandom, type Random } from './random';

/** A deterministic corpus of product descriptions: plain copy, some claims, some evasions. */
const ZH_SENTENCES = [
  '质地轻盈，推开即化，吸收后肌肤柔软不黏腻。',
  '添加神经酰胺与角鲨烷，帮助维持肌肤屏障。',
  '洁面后取适量于掌心，轻按于面部及颈部。',
  '净含量50ml，保质期三年，开封后十二个月内用完。',
  '包装为磨砂玻璃瓶，瓶口防漏设计，出差携带方便。',
  '香气来自天然精油，淡淡木质调，闻久了也不腻。',
  '适合干皮和混干皮，秋冬换季时使用更合适。',
  '下单后48小时内发货，七天无理由退换。',
  '如有不适请立即停止使用，并咨询专业人士。',
  '最后一步，用化妆棉轻拍全脸即可。',
];
const EN_SENTENCES = [
  'Lightweight cream texture that absorbs quickly and leaves a soft finish.',
  'Key ingredients: ceramides, squalane and panthenol support the skin barrier.',
  'After cleansing, warm a small amount between your palms and press onto the face.',
  'Free from alcohol and artificial colourants. 50 ml / 1.7 fl oz.',
  'Orders are dispatched within 48 hours; returns accepted within seven days.',
  'Store in a cool, dry place away from direct sunlight.',
  'Suitable for most skin types. Patch test before first use.',
  'Best before: see base of jar. For best results, use every night.',
];
const CLAIMS = [
  '全网销量第一的面霜。',
  '国家级配方，效果看得见。',
  '最好用的粉底没有之一。',
  '根治痘痘，还你光滑肌。',
  '纯天然植物萃取。',
  'The best serum for glowing skin.',
  'No.1 moisturizer in Asia.',
  'Clinically proven to reduce wrinkles.',
  'Guaranteed results in 7 days.',
  'World-class formula.',
  '库存仅剩3件，欲购从速。',
  '独一无二的香氛体验。',
];
const EVASIONS = [
  '最\u200b佳补水面膜。',
  'Ｎｏ．１ face oil.',
  'B.E.S.T toner pads.',
  '顶🔝级质感。',
  '<b>最</b>佳礼盒。',
  'ВЕST sunscreen.',
  'The B3ST moisturizer ever.',
  '销量第 一 的防晒。',
  '&#26368;佳 礼物。',
  'zui佳 送礼之选。',
];

function paragraph(random: Random, targetLength: number): string {
  const chinese = random() < 0.55;
  const parts: string[] = [];
  let length = 0;
  while (length < targetLength) {
    const roll = random();
    // mostly one language per description, with some code-switching as in real listings
    const sameLanguage = random() < 0.85;
    const plain = chinese === sameLanguage ? ZH_SENTENCES : EN_SENTENCES;
    const sentence =
      roll < 0.03 ? pick(random, CLAIMS) : roll < 0.05 ? pick(random, EVASIONS) : pick(random, plain);
    parts.push(sentence);
    length += sentence.length + 1;
  }
  const body = parts.join(chinese ? '' : ' ');
  return random() < 0.3 ? `<p>${body}</p>` : body;
}

/** 10,000 descriptions of 80–1,200 characters (most 200–500), mixed zh/en. */
export function productDescriptions(count = 10_000, seed = 20_260_101): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const roll = random();
    const target =
      roll < 0.15 ? 80 + random() * 120 : roll < 0.9 ? 200 + random() * 300 : 500 + random() * 700;
    return paragraph(random, target);
  });
}

/** One 20,000-character text, the size of the longest note or description the console accepts. */
export function longText(seed = 7): string {
  return paragraph(seededRandom(seed), 21_000).slice(0, 20_000);
}
