import type { FieldFindings, Product, ProductReview } from '../../src/api';
import { db } from '../db/store';
import { activeDictionary } from './activeDictionary';
import { checkCopy, copyOf, pendingItemFor, type Copy, type CopyCheck } from './claims';
import { problem } from './problem';

export const noReview: ProductReview = { state: 'none', itemId: null, decision: null };

/** 422 with the blocked fields under `errors` and the engine's findings under `findings`. */
const claimsBlocked = (blocked: readonly string[], findings: FieldFindings) =>
  problem(422, 'claims.blocked', 'The copy makes claims the platform does not allow.', {
    errors: Object.fromEntries(blocked.map((field) => [field, 'claims.blocked_field'])),
    findings,
  });

/** Checks copy with the dictionary in force; throws the 422 when anything blocks, before anything is saved. */
export function checkCopyOrRefuse(copy: Copy): CopyCheck {
  const check = checkCopy(copyOf(copy), activeDictionary());
  if (check.blocked.length > 0) throw claimsBlocked(check.blocked, check.findings);
  return check;
}

function removePendingItemsOf(productId: string): void {
  const pending = db.moderationItems
    .all()
    .filter((item) => item.subjectId === productId && item.status === 'pending');
  for (const item of pending) db.moderationItems.remove(item.id);
}

/**
 * Puts a copy check that did not block into effect on a product about to be saved. Warned copy goes to
 * the queue (replacing the product's pending item: one per product) and cannot stay live unreviewed;
 * clean copy clears the queue of the product, and a product that only waited for that review goes live.
 */
export function reviewCopy(product: Product, check: CopyCheck, at: string): Product {
  removePendingItemsOf(product.id);
  if (check.flagged.length === 0) {
    const waitedForReview = product.status === 'in_review' && product.review.state === 'pending';
    return { ...product, status: waitedForReview ? 'listed' : product.status, review: noReview };
  }
  const item = db.moderationItems.insert(
    pendingItemFor({
      // Replaced items are removed, so a numbered series could hand out an id a console still holds.
      id: `mod-${crypto.randomUUID()}`,
      product,
      brandName: db.brands.find(product.brandId)?.name ?? '',
      check,
      at,
    }),
  );
  return {
    ...product,
    status: product.status === 'listed' ? 'in_review' : product.status,
    review: { state: 'pending', itemId: item.id, decision: null },
  };
}
