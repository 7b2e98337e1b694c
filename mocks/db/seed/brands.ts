import type { Brand } from '../../../src/api';
import { seedFileRef } from './files';
import { daysBeforeBase } from './time';

const meta = (id: string, daysAgo: number, version = 1) => ({
  id,
  version,
  createdAt: daysBeforeBase(daysAgo),
  updatedAt: daysBeforeBase(Math.max(daysAgo - 30, 1)),
});

/** The trade model moved to the brand's store (seed/accounts.ts); verification mirrors the application. */
export const seedBrands: Brand[] = [
  {
    ...meta('brand-lumiere', 420),
    name: '露光之家',
    nameEn: 'Maison Lumière',
    logo: seedFileRef('file-lumiere-logo'),
    country: 'FR',
    category: 'skincare',
    intro: '源自普罗旺斯的法式护肤品牌，以植物精萃与温和配方呵护每一种肌肤。',
    verificationStatus: 'approved',
    verifiedAt: daysBeforeBase(398),
  },
  {
    ...meta('brand-kiwivital', 300),
    name: '奇异活力',
    nameEn: 'Kiwi Vital',
    logo: seedFileRef('file-kiwivital-logo'),
    country: 'NZ',
    category: 'supplements',
    intro: '来自新西兰的营养补充品牌，原料取自南岛牧场与海域，由新西兰直邮到家。',
    verificationStatus: 'approved',
    verifiedAt: daysBeforeBase(286),
  },
  {
    ...meta('brand-yunshan', 200),
    name: '云山茶',
    nameEn: 'Yunshan Tea',
    logo: seedFileRef('file-yunshan-logo'),
    country: 'CN',
    category: 'tea',
    intro: '扎根武夷与云南高山茶园的中国茶品牌，坚持手工制茶与可追溯的产地。',
    verificationStatus: 'approved',
    verifiedAt: daysBeforeBase(188),
  },
  {
    // Signed up two days ago: nothing filled in yet beyond the sign-up form.
    ...meta('brand-nordbloom', 2),
    name: '北境花园',
    nameEn: 'Nordic Bloom',
    logo: null,
    country: 'SE',
    category: 'skincare',
    intro: '',
    verificationStatus: 'draft',
    verifiedAt: null,
  },
];
