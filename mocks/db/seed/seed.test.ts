// @vitest-environment node
import {
  auditEntrySchema,
  moderationItemSchema,
  productCategories,
  productSchema,
  productStatusSchema,
} from '../../../src/api';
import { activeDictionary } from '../../../src/api/claimDictionary';
import { checkClaims, type ClaimField } from '../../../src/domain/claims';
import { checkCopy, copyOf, type CopyField } from '../../lib/claims';
import { SEED_BASE_TIME } from './time';
import { createSeed } from '.';

const seed = createSeed();
const productsOf = (brandId: string) => seed.products.filter((product) => product.brandId === brandId);

describe('the seed', () => {
  it('is the same on every run', () => {
    expect(createSeed()).toEqual(seed);
  });

  it('has 64, 48 and 36 products for Lumière, Kiwi Vital and Yunshan, each in every status', () => {
    const counts = { 'brand-lumiere': 64, 'brand-kiwivital': 48, 'brand-yunshan': 36 };
    for (const [brandId, count] of Object.entries(counts)) {
      const products = productsOf(brandId);
      expect(products).toHaveLength(count);
      expect(new Set(products.map((product) => product.status))).toEqual(
        new Set(productStatusSchema.options),
      );
      expect(products.some((product) => product.stock < 10)).toBe(true);
    }
    expect(seed.products[0].id).toBe('prod-lumiere-0001');
  });

  it('holds only valid products priced at or below the list price', () => {
    for (const product of seed.products) {
      expect(productSchema.parse(product)).toEqual(product);
      expect(product.priceFen).toBeLessThanOrEqual(product.listPriceFen);
      expect(productCategories).toContain(product.category);
    }
  });

  it('makes no banned advertising claims in titles', () => {
    const banned = /最|第一|首选|顶级|国家级|best|No\.?\s*1|number one/i;
    expect(
      seed.products.filter((product) => banned.test(product.title) || banned.test(product.titleEn)),
    ).toEqual([]);
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
