import type { Brand, Store, VerificationApplication } from '../../../src/api';
import { seedFileRef as ref } from './files';
import { daysBeforeBase } from './time';
import { seedModerator } from './users';

/**
 * Each brand's verification application and store, one each with the brand's id. The three trading
 * brands were approved and opened long ago (Kiwi Vital after one rejection); Nordic Bloom has just
 * signed up: an empty draft and a store that is not open.
 */
type Event = VerificationApplication['history'][number];
type Company = Pick<
  VerificationApplication,
  | 'companyName'
  | 'registrationNumber'
  | 'companyCountry'
  | 'legalRepresentative'
  | 'trademarkNumber'
  | 'trademarkOwner'
  | 'applicantOwnsTrademark'
>;
type StoreFields = Omit<
  Store,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'brandId' | 'status' | 'openedAt'
>;

const event = (daysAgo: number, byName: string, kind: Event['event']): Event => ({
  at: daysBeforeBase(daysAgo),
  byName,
  event: kind,
});
const moderator = seedModerator.name;

const recordOf = (brand: Brand, version: number, updatedAt: string) => ({
  id: brand.id,
  version,
  createdAt: brand.createdAt,
  updatedAt,
  brandId: brand.id,
});

const emptyCompany: Company = {
  companyName: '',
  registrationNumber: '',
  companyCountry: '',
  legalRepresentative: '',
  trademarkNumber: '',
  trademarkOwner: '',
  applicantOwnsTrademark: true,
};

const companies: Record<string, { company: Company; history: Event[] }> = {
  'brand-lumiere': {
    company: {
      companyName: 'Maison Lumière SAS',
      registrationNumber: '812 345 678 R.C.S. Aix-en-Provence',
      companyCountry: 'FR',
      legalRepresentative: 'Camille Laurent',
      trademarkNumber: '23456789',
      trademarkOwner: 'Maison Lumière SAS',
      applicantOwnsTrademark: true,
    },
    history: [event(399, 'Camille Laurent', 'submitted'), event(398, moderator, 'approved')],
  },
  'brand-kiwivital': {
    // The trademark belongs to the holding company, so the application carries its authorisation letter.
    company: {
      companyName: 'Kiwi Vital Limited',
      registrationNumber: 'NZBN 9429041234567',
      companyCountry: 'NZ',
      legalRepresentative: 'Aroha Williams',
      trademarkNumber: '31234567',
      trademarkOwner: 'Kiwi Vital Holdings Limited',
      applicantOwnsTrademark: false,
    },
    history: [
      event(289, 'Aroha Williams', 'submitted'),
      event(288, moderator, 'rejected'),
      event(287, 'Aroha Williams', 'resubmitted'),
      event(286, moderator, 'approved'),
    ],
  },
  'brand-yunshan': {
    company: {
      companyName: '武夷山云山茶业有限公司',
      registrationNumber: '91350782MA31K8QX7T',
      companyCountry: 'CN',
      legalRepresentative: '陈云',
      trademarkNumber: '18765432',
      trademarkOwner: '武夷山云山茶业有限公司',
      applicantOwnsTrademark: true,
    },
    history: [event(189, '陈云', 'submitted'), event(188, moderator, 'approved')],
  },
};

function applicationOf(brand: Brand): VerificationApplication {
  const names = { brandName: brand.name, brandNameEn: brand.nameEn };
  const seeded = companies[brand.id];
  if (!seeded)
    return {
      ...recordOf(brand, 1, brand.createdAt),
      ...names,
      ...emptyCompany,
      status: 'draft',
      businessLicence: null,
      legalRepId: null,
      trademarkCertificate: null,
      authorisationLetter: null,
      submittedAt: null,
      decidedAt: null,
      rejections: [],
      history: [],
    };
  const { company, history } = seeded;
  const slug = brand.id.replace(/^brand-/, '');
  const decidedAt = history.at(-1)?.at ?? null;
  return {
    // A save per event, plus the one that filled the application in.
    ...recordOf(brand, history.length + 1, decidedAt ?? brand.createdAt),
    ...names,
    ...company,
    status: 'approved',
    businessLicence: ref(`file-${slug}-licence`),
    legalRepId: ref(`file-${slug}-legal-rep-id`),
    trademarkCertificate: ref(`file-${slug}-trademark`),
    authorisationLetter: company.applicantOwnsTrademark ? null : ref(`file-${slug}-authorisation`),
    // What was approved is the last submission.
    submittedAt: history.findLast((entry) => entry.event.endsWith('submitted'))?.at ?? null,
    decidedAt,
    rejections: [],
    history,
  };
}

const emptyStore: StoreFields = {
  name: '',
  logo: null,
  banner: null,
  intro: '',
  storeType: null,
  tradeModel: null,
  shippingOrigin: '',
  warehouse: '',
  returnAddress: '',
  returnPolicy: null,
  settlementBank: '',
  settlementAccountName: '',
  settlementAccountNumber: '',
  settlementSwift: '',
  settlementIban: '',
  settlementCurrency: null,
  serviceHoursStart: '09:00',
  serviceHoursEnd: '18:00',
};

const openStores: Record<string, { openedDaysAgo: number; fields: Omit<StoreFields, 'logo' | 'banner'> }> = {
  'brand-lumiere': {
    openedDaysAgo: 395,
    fields: {
      name: '露光之家海外旗舰店',
      intro: '法国普罗旺斯护肤品牌露光之家的海外旗舰店，商品由宁波保税仓发货，附海关清关信息。',
      storeType: 'cross_border_flagship',
      tradeModel: 'bonded_warehouse',
      // Bonded goods wait in China already: parcels leave from the bonded zone.
      shippingOrigin: 'CN',
      warehouse: '宁波梅山保税港区 跨境保税仓 3 号库',
      returnAddress: '浙江省宁波市北仑区梅山保税港区国际物流园 3 号库 露光之家退货组',
      returnPolicy: 'quality_issues_only',
      settlementBank: 'BNP Paribas',
      settlementAccountName: 'Maison Lumière SAS',
      settlementAccountNumber: '',
      settlementSwift: 'BNPAFRPPXXX',
      settlementIban: 'FR7630004000031234567890143',
      settlementCurrency: 'EUR',
      serviceHoursStart: '09:00',
      serviceHoursEnd: '21:00',
    },
  },
  'brand-kiwivital': {
    openedDaysAgo: 284,
    fields: {
      name: '奇异活力海外旗舰店',
      intro: '新西兰营养补充品牌奇异活力的海外旗舰店，奥克兰仓直邮，每件附新西兰产地证明。',
      storeType: 'cross_border_flagship',
      tradeModel: 'direct_mail',
      shippingOrigin: 'NZ',
      warehouse: 'Auckland Airport Export Fulfilment Centre',
      returnAddress: '上海市浦东新区航城路 88 号 跨境直邮退货中心（奇异活力）',
      returnPolicy: 'fifteen_days',
      settlementBank: 'ANZ Bank New Zealand',
      settlementAccountName: 'Kiwi Vital Limited',
      // New Zealand has no IBAN: the account number goes with the SWIFT code.
      settlementAccountNumber: '01-0102-0456789-00',
      settlementSwift: 'ANZBNZ22',
      settlementIban: '',
      settlementCurrency: 'NZD',
      serviceHoursStart: '08:00',
      serviceHoursEnd: '20:00',
    },
  },
  'brand-yunshan': {
    openedDaysAgo: 186,
    fields: {
      name: '云山茶官方旗舰店',
      intro: '云山茶官方旗舰店，武夷岩茶与云南高山茶由自营茶园采制，产地直发。',
      storeType: 'official_flagship',
      tradeModel: 'domestic',
      shippingOrigin: 'CN',
      warehouse: '福建省武夷山市 云山茶自营仓',
      returnAddress: '福建省南平市武夷山市星村镇 云山茶业 客服收货组',
      returnPolicy: 'seven_days_no_reason',
      settlementBank: '中国工商银行武夷山支行',
      settlementAccountName: '武夷山云山茶业有限公司',
      settlementAccountNumber: '1407020109001234567',
      settlementSwift: '',
      settlementIban: '',
      settlementCurrency: 'CNY',
      serviceHoursStart: '08:30',
      serviceHoursEnd: '22:00',
    },
  },
};

function storeOf(brand: Brand): Store {
  const seeded = openStores[brand.id];
  if (!seeded)
    return { ...recordOf(brand, 1, brand.createdAt), status: 'not_open', openedAt: null, ...emptyStore };
  const slug = brand.id.replace(/^brand-/, '');
  const openedAt = daysBeforeBase(seeded.openedDaysAgo);
  return {
    ...recordOf(brand, 3, openedAt),
    status: 'open',
    openedAt,
    ...seeded.fields,
    logo: ref(`file-${slug}-logo`),
    banner: ref(`file-${slug}-banner`),
  };
}

export const seedApplications = (brands: readonly Brand[]) => brands.map(applicationOf);
export const seedStores = (brands: readonly Brand[]) => brands.map(storeOf);
