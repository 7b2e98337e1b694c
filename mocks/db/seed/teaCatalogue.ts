import type { Product } from '../../../src/api';
import { productNumberOf, statusWeights } from './products';
import type { Random } from './random';
import { seedSkus } from './skus';
import { daysBeforeBase } from './time';

/**
 * Yunshan Tea's long tail: the products after its 36 hand-written ones, up to 10,000, so lists, filters,
 * bulk actions and exports meet a catalogue of real size. Every title is a distinct combination of tea,
 * grade, harvest year, craft and packaging, drawn from plain words that make no advertising claim.
 */
export const YUNSHAN_PRODUCTS = 10_000;

type Tea = [zh: string, en: string, priceYuan: number];
const teas: Tea[] = [
  ['武夷山大红袍', 'Wuyi Da Hong Pao', 368],
  ['武夷山肉桂', 'Wuyi Rougui', 328],
  ['武夷山水仙', 'Wuyi Shuixian', 268],
  ['桐木关正山小种', 'Tongmuguan Lapsang Souchong', 198],
  ['桐木关金骏眉', 'Tongmuguan Jin Jun Mei', 468],
  ['安溪铁观音', 'Anxi Tieguanyin', 218],
  ['安溪黄金桂', 'Anxi Huangjin Gui', 178],
  ['云南普洱生茶', 'Yunnan Raw Pu-erh', 298],
  ['云南普洱熟茶', 'Yunnan Ripe Pu-erh', 238],
  ['云南滇红', 'Yunnan Dianhong', 188],
  ['云南月光白', 'Yunnan Moonlight White', 228],
  ['福鼎白毫银针', 'Fuding Silver Needle', 568],
  ['福鼎白牡丹', 'Fuding White Peony', 298],
  ['福鼎寿眉', 'Fuding Shoumei', 158],
  ['杭州西湖龙井', 'Hangzhou Longjing', 458],
  ['黄山毛峰', 'Huangshan Maofeng', 238],
  ['黄山太平猴魁', 'Taiping Houkui', 398],
  ['六安瓜片', 'Lu’an Guapian', 288],
  ['信阳毛尖', 'Xinyang Maojian', 208],
  ['洞庭碧螺春', 'Dongting Biluochun', 358],
  ['祁门红茶', 'Keemun Black Tea', 218],
  ['凤凰单丛', 'Phoenix Dancong', 338],
  ['蒙顶甘露', 'Mengding Ganlu', 268],
  ['君山银针', 'Junshan Yinzhen', 498],
];
type Part = [zh: string, en: string, priceFactor: number];
const grades: Part[] = [
  ['一级', 'Grade 1', 1.3],
  ['二级', 'Grade 2', 1],
  ['三级', 'Grade 3', 0.8],
  ['口粮茶', 'Everyday', 0.6],
];
const crafts: Part[] = [
  ['手工', 'Hand-Made', 1.2],
  ['传统工艺', 'Traditional', 1],
];
const packs: Part[] = [
  ['散茶', 'Loose Leaf', 1],
  ['紧压饼', 'Pressed Cake', 1.1],
  ['袋泡茶', 'Tea Bags', 0.7],
  ['铁罐装', 'Tin', 1.15],
  ['礼盒装', 'Gift Box', 1.5],
];
const firstYear = 2016;
const years = Array.from({ length: 11 }, (_, offset) => firstYear + offset);

const radices = [teas.length, grades.length, years.length, crafts.length, packs.length];
const combinations = radices.reduce((product, radix) => product * radix, 1);
// A step coprime with the number of combinations visits each exactly once, in an order that mixes teas.
const STEP = 7_919;

/** The n-th distinct combination, as digits of the mixed radix above. */
function combination(n: number): number[] {
  let rest = (n * STEP) % combinations;
  return radices.map((radix) => {
    const digit = rest % radix;
    rest = Math.floor(rest / radix);
    return digit;
  });
}

export function seedTeaCatalogue(firstIndex: number, random: Random, skuRandom: Random): Product[] {
  const products: Product[] = [];
  for (let index = firstIndex; index < YUNSHAN_PRODUCTS; index += 1) {
    const [t, g, y, c, p] = combination(index);
    const [teaZh, teaEn, priceYuan] = teas[t];
    const [gradeZh, gradeEn, gradeFactor] = grades[g];
    const [craftZh, craftEn, craftFactor] = crafts[c];
    const [packZh, packEn, packFactor] = packs[p];
    const year = years[y];
    // Aged tea is worth more: a few per cent a year.
    const ageFactor = 1 + (years[years.length - 1] - year) * 0.04;
    const listPriceFen = Math.round(priceYuan * gradeFactor * craftFactor * packFactor * ageFactor) * 100;
    const priceFen = Math.round((listPriceFen * random.pick([1, 1, 0.95, 0.9, 0.85])) / 100) * 100;
    const stock = random.next() < 0.16 ? random.int(0, 9) : random.int(10, 2_000);
    const ageDays = random.int(2, 720);
    const id = `prod-yunshan-${productNumberOf(index)}`;
    products.push({
      id,
      version: random.int(1, 4),
      createdAt: daysBeforeBase(ageDays, random.int(0, 600)),
      updatedAt: daysBeforeBase(random.int(0, ageDays - 1), random.int(0, 600)),
      brandId: 'brand-yunshan',
      status: random.weighted(statusWeights),
      title: `云山茶 ${teaZh} ${gradeZh} ${year}年 ${craftZh}${packZh}`,
      titleEn: `${teaEn} ${gradeEn} ${year} ${craftEn} ${packEn}`,
      category: packZh === '礼盒装' ? 'gifts' : 'tea',
      description: `${teaZh}，${gradeZh}，${year}年采制，${craftZh}，${packZh}。`,
      images: [],
      attributes: [
        { name: '产地', value: teaZh.slice(0, 2) },
        { name: '采制年份', value: `${year}年` },
      ],
      skus: seedSkus(
        {
          productId: id,
          ladder: 'teaWeights',
          priceFen,
          listPriceFen,
          stock,
          barcodePrefix: '6921234',
          productNumber: index + 1,
        },
        skuRandom,
      ),
      crossBorder: null,
      priceFen,
      stock,
      review: { state: 'none', itemId: null, decision: null },
    });
  }
  return products;
}
