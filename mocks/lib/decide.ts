import type { z } from 'zod';
import type { Decision, decisionRequestSchema, ModerationItem, Passage, Product } from '../../src/api';
import { db } from '../db/store';
import type { PlatformUser } from '../db/types';
import { appendAudit } from './audit';
import { decisionAudit } from './auditEntries';
import { validationFailed } from './problem';

type DecisionRequest = z.output<typeof decisionRequestSchema>;

/** A passage must point at characters the moderator was shown, or the brand could not find them. */
function assertPassageInside(item: ModerationItem, passage: Passage | null): void {
  if (!passage) return;
  const field = item.fields.find((candidate) => candidate.field === passage.field);
  const inside =
    field !== undefined &&
    passage.start >= 0 &&
    passage.start < passage.end &&
    passage.end <= field.text.length;
  if (!inside) throw validationFailed({ passage: 'moderation.errors.passage_outside' });
}

/**
 * The product follows the decision: approved copy goes live if it was waiting to; rejected copy takes
 * the product down, and the brand sees the rule, the words and the passage on its product.
 */
function productAfter(product: Product, item: ModerationItem, decision: Decision): Product {
  const approved = decision.outcome === 'approve';
  return {
    ...product,
    status: approved ? (product.status === 'in_review' ? 'listed' : product.status) : 'rejected',
    review: { state: approved ? 'approved' : 'rejected', itemId: item.id, decision },
    version: product.version + 1,
    updatedAt: decision.at,
  };
}

/** Decides a pending item (the caller checked it is pending and current), its product, and the audit log. */
export function decide(
  item: ModerationItem,
  request: DecisionRequest,
  moderator: PlatformUser,
): ModerationItem {
  assertPassageInside(item, request.passage);
  const at = new Date().toISOString();
  const decision: Decision = {
    outcome: request.outcome,
    by: moderator.id,
    byName: moderator.name,
    at,
    reasonRuleId: request.reasonRuleId,
    reasonText: request.reasonText,
    passage: request.passage,
  };
  const decided = db.moderationItems.save({
    ...item,
    status: request.outcome === 'approve' ? 'approved' : 'rejected',
    decision,
    version: item.version + 1,
    updatedAt: at,
  });
  const product = db.products.find(item.subjectId);
  // Only while this item is still the product's review: newer copy has its own item by now.
  if (product && product.review.itemId === item.id)
    db.products.save(productAfter(product, decided, decision));
  appendAudit(decisionAudit(decided));
  return decided;
}
