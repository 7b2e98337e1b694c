// @vitest-environment node
import {
  auditEntrySchema,
  brandClaimFields,
  brandSchema,
  missingForSubmit,
  storeChecklist,
  storeClaimFields,
  storeSchema,
  uploadedFileSchema,
  uploadProblem,
  verificationApplicationSchema,
  verificationFields,
  type FilePurpose,
  type FileRef,
  moderationItemSchema,
} from '../../../src/api';
import { activeDictionary } from '../../../src/api/claimDictionary';
import { checkClaims, type ClaimField } from '../../../src/domain/claims';
import { checkCopy, copyOf, type CopyField } from '../../lib/claims';
import { imageSize, sniffContentType } from '../../lib/imageHeader';
import { SEED_BASE_TIME } from './time';
import { createSeed } from '.';

// The catalogue's own checks (products, SKUs, customs, the 10,000 of Yunshan) are in catalogueSeed.test.ts.
const seed = createSeed();

describe('the seed', () => {
  it('is the same on every run', () => {
    expect(createSeed()).toEqual(seed);
  });

  it('has one deactivated and one invited member at Lumière', () => {
    const lumiere = seed.users.filter((user) => user.brandId === 'brand-lumiere');
    expect(lumiere.filter((user) => user.status === 'deactivated')).toHaveLength(1);
    expect(lumiere.filter((user) => user.status === 'invited')).toHaveLength(1);
  });
});

describe('the seeded moderation history', () => {
  const dictionary = activeDictionary(seed.dictionaryEntries);
  const pending = seed.moderationItems.filter((item) => item.status === 'pending');
  const productOf = (id: string) => seed.products.find((product) => product.id === id);

  it('has no copy the engine blocks, with the seeded dictionary in force', () => {
    const blocked = seed.products.filter(
      (product) => checkCopy(copyOf(product), dictionary).blocked.length > 0,
    );
    expect(blocked.map((product) => product.id)).toEqual([]);
  });

  it('queues items whose findings are exactly what a fresh check finds', () => {
    for (const item of seed.moderationItems) {
      const product = productOf(item.subjectId);
      expect(moderationItemSchema.parse(item)).toEqual(item);
      expect(item.dictionaryVersion).toBe(dictionary.version);
      for (const { field, claimField, text, findings } of item.fields) {
        expect(checkClaims(text, { field: claimField as ClaimField, dictionary }).findings).toEqual(findings);
        expect(findings.every((finding) => finding.severity === 'warn')).toBe(true);
        if (item.status === 'pending') expect(product?.[field as CopyField]).toBe(text);
      }
    }
  });

  it('has six pending items across the three brands, 1–72 hours old, their products in review', () => {
    expect(pending).toHaveLength(6);
    expect(new Set(pending.map((item) => item.brandId)).size).toBe(3);
    for (const item of pending) {
      const hours = (SEED_BASE_TIME - Date.parse(item.createdAt)) / 3_600_000;
      expect(hours).toBeGreaterThanOrEqual(1);
      expect(hours).toBeLessThanOrEqual(72);
      expect(productOf(item.subjectId)).toMatchObject({
        status: 'in_review',
        review: { state: 'pending', itemId: item.id, decision: null },
      });
    }
    // In review always means waiting for a moderator.
    expect(seed.products.filter((product) => product.status === 'in_review')).toHaveLength(6);
    expect(pending.map((item) => item.subjectId)).not.toContain('prod-lumiere-0001');
  });

  it('shows Lumière a rejected product with the rule, the words and a passage inside the copy', () => {
    const rejected = seed.products.filter((p) => p.brandId === 'brand-lumiere' && p.status === 'rejected');
    expect(rejected).toHaveLength(1);
    const { review, description } = rejected[0];
    expect(review.state).toBe('rejected');
    const passage = review.decision?.passage;
    expect(review.decision?.reasonRuleId).toMatch(/^R-/);
    expect(passage && description.slice(passage.start, passage.end)).toBe('祛斑');
  });

  it('logs every seeded decision and dictionary entry, oldest first', () => {
    expect(seed.auditLog.map((entry) => entry.action).sort()).toEqual(
      [
        'dictionary.add',
        'dictionary.add',
        ...seed.moderationItems
          .filter((item) => item.decision)
          .map((item) => `moderation.${item.decision?.outcome}`),
      ].sort(),
    );
    for (const entry of seed.auditLog) expect(auditEntrySchema.parse(entry)).toEqual(entry);
    const times = seed.auditLog.map((entry) => entry.at);
    expect(times).toEqual([...times].sort());
  });
});

describe('the seeded accounts', () => {
  const applicationOf = (brandId: string) => seed.verificationApplications.find((a) => a.brandId === brandId);
  const storeOf = (brandId: string) => seed.stores.find((store) => store.brandId === brandId);
  const trading = ['brand-lumiere', 'brand-kiwivital', 'brand-yunshan'];

  it('gives every brand one verification application and one store, with the brand’s id', () => {
    expect(seed.brands.map((brand) => brand.id)).toEqual([...trading, 'brand-nordbloom']);
    for (const brand of seed.brands) {
      expect(brandSchema.parse(brand)).toEqual(brand);
      const application = applicationOf(brand.id);
      const store = storeOf(brand.id);
      expect(application && verificationApplicationSchema.parse(application)).toEqual(application);
      expect(store && storeSchema.parse(store)).toEqual(store);
      expect([application?.id, store?.id]).toEqual([brand.id, brand.id]);
      expect(application).toMatchObject({ brandName: brand.name, brandNameEn: brand.nameEn });
      expect(brand.verificationStatus).toBe(application?.status);
    }
    expect(seed.verificationApplications).toHaveLength(seed.brands.length);
    expect(seed.stores).toHaveLength(seed.brands.length);
  });

  it('has the three trading brands verified with complete applications and open, complete stores', () => {
    for (const brandId of trading) {
      const brand = seed.brands.find((candidate) => candidate.id === brandId);
      const application = applicationOf(brandId);
      const store = storeOf(brandId);
      expect(brand).toMatchObject({ verificationStatus: 'approved', verifiedAt: application?.decidedAt });
      expect(application && missingForSubmit(application)).toEqual([]);
      expect(application?.history.at(-1)?.event).toBe('approved');
      expect(store?.status).toBe('open');
      expect(store && brand && storeChecklist(store, brand).filter((item) => !item.done)).toEqual([]);
    }
    expect(storeOf('brand-lumiere')).toMatchObject({
      storeType: 'cross_border_flagship',
      tradeModel: 'bonded_warehouse',
    });
    expect(storeOf('brand-kiwivital')).toMatchObject({
      storeType: 'cross_border_flagship',
      tradeModel: 'direct_mail',
    });
    expect(storeOf('brand-yunshan')).toMatchObject({
      storeType: 'official_flagship',
      tradeModel: 'domestic',
    });
  });

  it('starts Nordic Bloom with an empty draft, a store not open and its admin', () => {
    const application = applicationOf('brand-nordbloom');
    expect(application).toMatchObject({
      status: 'draft',
      applicantOwnsTrademark: true,
      history: [],
      rejections: [],
    });
    for (const field of verificationFields.filter((name) => name !== 'applicantOwnsTrademark'))
      expect([null, '']).toContain(application?.[field]);
    const store = storeOf('brand-nordbloom');
    expect(store).toMatchObject({
      status: 'not_open',
      openedAt: null,
      name: '',
      logo: null,
      tradeModel: null,
    });
    expect(seed.brands.find((brand) => brand.id === 'brand-nordbloom')).toMatchObject({
      name: '北境花园',
      nameEn: 'Nordic Bloom',
      country: 'SE',
      verificationStatus: 'draft',
      verifiedAt: null,
    });
    expect(seed.users.find((user) => user.email === 'admin@nordbloom.example')).toMatchObject({
      name: 'Astrid Lindqvist',
      role: 'brand_admin',
      brandId: 'brand-nordbloom',
      status: 'active',
    });
  });

  it('refers only to seeded files of the same brand, uploaded for the field’s purpose', () => {
    const refs: [brandId: string, ref: FileRef | null, purpose: FilePurpose][] = [
      ...seed.brands.map((brand): [string, FileRef | null, FilePurpose] => [brand.id, brand.logo, 'logo']),
      ...seed.stores.flatMap((store): [string, FileRef | null, FilePurpose][] => [
        [store.brandId, store.logo, 'logo'],
        [store.brandId, store.banner, 'banner'],
      ]),
      ...seed.verificationApplications.flatMap((application) =>
        (['businessLicence', 'legalRepId', 'trademarkCertificate', 'authorisationLetter'] as const).map(
          (field): [string, FileRef | null, FilePurpose] => [
            application.brandId,
            application[field],
            'document',
          ],
        ),
      ),
    ];
    for (const [brandId, ref, purpose] of refs.filter(([, ref]) => ref !== null)) {
      const file = seed.files.find((candidate) => candidate.id === ref?.id);
      expect(file).toMatchObject({ ...ref, brandId, purpose });
    }
  });

  it('holds real, small images that pass the upload rules of their purpose', () => {
    for (const file of seed.files) {
      const { brandId: _brandId, ...uploaded } = file;
      expect(uploadedFileSchema.parse(uploaded)).toEqual(uploaded);
      const bytes = Uint8Array.from(atob(file.url.split(',')[1]), (char) => char.charCodeAt(0));
      expect(bytes.length).toBe(file.size);
      expect(file.size).toBeLessThan(4096);
      expect(sniffContentType(bytes)).toBe(file.contentType);
      expect(imageSize(bytes, 'image/png')).toEqual({ width: file.width, height: file.height });
      expect(uploadProblem(file, file.purpose)).toBeNull();
    }
  });

  it('has profile and store copy the claims engine lets through', () => {
    const dictionary = activeDictionary(seed.dictionaryEntries);
    const copies = [
      ...seed.brands.map((brand) => [brand, brandClaimFields] as const),
      ...seed.stores.map((store) => [store, storeClaimFields] as const),
    ];
    for (const [record, fields] of copies) {
      for (const [field, claimField] of Object.entries(fields)) {
        const text = String(record[field as keyof typeof record]);
        expect(checkClaims(text, { field: claimField, dictionary }).findings, text).toEqual([]);
      }
    }
  });
});
