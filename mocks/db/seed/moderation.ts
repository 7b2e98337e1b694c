import type { AuditEntry, Brand, ModerationItem, Product } from '../../../src/api';
import { activeDictionary } from '../../../src/api/claimDictionary';
import { checkCopy, copyOf, pendingItemFor } from '../../lib/claims';
import { decisionAudit, dictionaryAudit } from '../../lib/auditEntries';
import { seedDictionaryEntries } from './dictionary';
import { decidedCopy, pendingCopy, plainCopy, type DecidedCopy } from './moderationCopy';
import { hoursBeforeBase } from './time';
import { seedModerator } from './users';

export interface ModerationSeed {
  products: Product[];
  moderationItems: ModerationItem[];
  auditLog: AuditEntry[];
}

const dictionary = activeDictionary(seedDictionaryEntries);

const find = (products: Product[], id: string): Product => {
  const product = products.find((candidate) => candidate.id === id);
  if (!product) throw new Error(`the moderation seed names ${id}, which the catalogue does not have`);
  return product;
};

const itemOf = (product: Product, brands: readonly Brand[], id: string, hoursAgo: number) =>
  pendingItemFor({
    id,
    product,
    brandName: brands.find((brand) => brand.id === product.brandId)?.name ?? '',
    check: checkCopy(copyOf(product), dictionary),
    at: hoursBeforeBase(hoursAgo),
  });

function decide(item: ModerationItem, copy: DecidedCopy): ModerationItem {
  const at = hoursBeforeBase(copy.decidedHoursAgo);
  const text = item.fields.find((field) => field.field === 'description')?.text ?? '';
  const start = text.indexOf(copy.passage);
  return {
    ...item,
    version: 2,
    updatedAt: at,
    status: copy.outcome === 'approve' ? 'approved' : 'rejected',
    decision: {
      outcome: copy.outcome,
      by: seedModerator.id,
      byName: seedModerator.name,
      at,
      reasonRuleId: copy.reasonRuleId,
      reasonText: copy.reasonText,
      passage: start < 0 ? null : { field: 'description', start, end: start + copy.passage.length },
    },
  };
}

/**
 * Gives the seeded catalogue its moderation history: warned copy waiting in the queue (those products
 * are in review), decided copy (one rejected product per brand, one approved), and the audit log of it.
 * Queue items come from the engine itself, so their findings are what a fresh check finds.
 */
export function seedModeration(catalogue: readonly Product[], brands: readonly Brand[]): ModerationSeed {
  // A copy of the list, not of the products: they are only ever replaced, never changed in place.
  const products = [...catalogue];
  const update = (next: Product) => products.splice(products.indexOf(find(products, next.id)), 1, next);
  for (const { productId, description } of plainCopy) update({ ...find(products, productId), description });

  const moderationItems: ModerationItem[] = [];
  const nextItemId = () => `mod-${String(moderationItems.length + 1).padStart(4, '0')}`;

  for (const copy of decidedCopy) {
    const written = { ...find(products, copy.productId), description: copy.description };
    const item = decide(itemOf(written, brands, nextItemId(), copy.hoursAgo), copy);
    moderationItems.push(item);
    const approved = copy.outcome === 'approve';
    update({
      ...written,
      status: approved ? 'listed' : 'rejected',
      updatedAt: item.updatedAt,
      review: { state: approved ? 'approved' : 'rejected', itemId: item.id, decision: item.decision },
    });
  }

  for (const copy of pendingCopy) {
    const written = { ...find(products, copy.productId), description: copy.description };
    const item = itemOf(written, brands, nextItemId(), copy.hoursAgo);
    moderationItems.push(item);
    update({
      ...written,
      status: 'in_review',
      updatedAt: item.createdAt,
      review: { state: 'pending', itemId: item.id, decision: null },
    });
  }

  const added = seedDictionaryEntries.map((entry) =>
    dictionaryAudit(entry, 'dictionary.add', seedModerator, entry.createdAt),
  );
  const auditLog = [...added, ...moderationItems.filter((item) => item.decision).map(decisionAudit)]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((entry, index) => ({ ...entry, id: `audit-${String(index + 1).padStart(6, '0')}` }));
  return { products, moderationItems, auditLog };
}
