import type { FilePurpose, FileRef } from '../../../src/api';
import { toDataUrl } from '../../lib/dataUrl';
import { bannerPng, documentPng, logoPng, type Rgb } from '../../lib/placeholderArt';
import type { StoredFile } from '../types';
import { daysBeforeBase } from './time';

/**
 * The files the seeded brands uploaded: logos, banners and verification documents, as db.files rows
 * (a record may only refer to its own brand's files, seeded ones included). Drawn once per module load:
 * tests reset the platform before every case.
 */
interface FileSeed {
  id: string;
  brandId: string;
  purpose: FilePurpose;
  name: string;
  png: Uint8Array;
  daysAgo: number;
}

const colours: Record<string, { main: Rgb; light: Rgb }> = {
  lumiere: { main: [176, 58, 92], light: [232, 180, 196] },
  kiwivital: { main: [46, 125, 50], light: [165, 214, 167] },
  yunshan: { main: [85, 107, 47], light: [205, 214, 170] },
};

const page = documentPng();
const brandArt = (slug: string, daysAgo: number): FileSeed[] => [
  {
    id: `file-${slug}-logo`,
    brandId: `brand-${slug}`,
    purpose: 'logo',
    name: `${slug}-logo.png`,
    png: logoPng(colours[slug].main),
    daysAgo,
  },
  {
    id: `file-${slug}-banner`,
    brandId: `brand-${slug}`,
    purpose: 'banner',
    name: `${slug}-banner.png`,
    png: bannerPng(colours[slug].main, colours[slug].light),
    daysAgo,
  },
];
const documents = (slug: string, daysAgo: number, names: Record<string, string>): FileSeed[] =>
  Object.entries(names).map(([kind, name]) => ({
    id: `file-${slug}-${kind}`,
    brandId: `brand-${slug}`,
    purpose: 'document',
    name,
    png: page,
    daysAgo,
  }));

const seeds: FileSeed[] = [
  ...documents('lumiere', 400, {
    licence: 'extrait-kbis-maison-lumiere.png',
    'legal-rep-id': 'piece-identite-camille-laurent.png',
    trademark: 'certificat-marque-23456789.png',
  }),
  ...brandArt('lumiere', 399),
  ...documents('kiwivital', 290, {
    licence: 'nz-certificate-of-incorporation.png',
    'legal-rep-id': 'passport-aroha-williams.png',
    trademark: 'trademark-certificate-31234567.png',
    authorisation: 'brand-authorisation-kiwi-vital-holdings.png',
  }),
  ...brandArt('kiwivital', 289),
  ...documents('yunshan', 190, {
    licence: '营业执照-云山茶业.png',
    'legal-rep-id': '法定代表人身份证-陈云.png',
    trademark: '商标注册证-18765432.png',
  }),
  ...brandArt('yunshan', 189),
];

export const seedFiles: StoredFile[] = seeds.map(({ id, brandId, purpose, name, png, daysAgo }) => ({
  id,
  brandId,
  purpose,
  name,
  contentType: 'image/png',
  size: png.length,
  url: toDataUrl(png, 'image/png'),
  // Every seeded image is a PNG whose size is in its IHDR header (bytes 16–23).
  width: new DataView(png.buffer).getUint32(16),
  height: new DataView(png.buffer).getUint32(20),
  createdAt: daysBeforeBase(daysAgo),
}));

/** How a seeded record refers to one of these files. */
export function seedFileRef(id: string): FileRef {
  const file = seedFiles.find((candidate) => candidate.id === id);
  if (!file) throw new Error(`no seeded file ${id}`);
  return { id: file.id, name: file.name, contentType: file.contentType, url: file.url };
}
