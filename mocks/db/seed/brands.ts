import type { Brand } from '../../../src/api';
import { daysBeforeBase } from './time';

const meta = (id: string, daysAgo: number) => ({
  id,
  version: 1,
  createdAt: daysBeforeBase(daysAgo),
  updatedAt: daysBeforeBase(daysAgo - 30),
});

export const seedBrands: Brand[] = [
  {
    ...meta('brand-lumiere', 420),
    name: '露光之家',
    nameEn: 'Maison Lumière',
    country: 'FR',
    category: 'skincare',
    tradeModel: 'bonded_warehouse',
    intro: '源自普罗旺斯的法式护肤品牌，以植物精萃与温和配方呵护每一种肌肤。',
  },
  {
    ...meta('brand-kiwivital', 300),
    name: '奇异活力',
    nameEn: 'Kiwi Vital',
    country: 'NZ',
    category: 'supplements',
    tradeModel: 'direct_mail',
    intro: '来自新西兰的营养补充品牌，原料取自南岛牧场与海域，由新西兰直邮到家。',
  },
  {
    ...meta('brand-yunshan', 200),
    name: '云山茶',
    nameEn: 'Yunshan Tea',
    country: 'CN',
    category: 'tea',
    tradeModel: 'domestic',
    intro: '扎根武夷与云南高山茶园的中国茶品牌，坚持手工制茶与可追溯的产地。',
  },
];
