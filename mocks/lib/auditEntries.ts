import type { AuditEntry, DictionaryEntry, ModerationItem, VerificationApplication } from '../../src/api';

// Pure builders, shared by the seed and the handlers, so seeded history reads like recorded history.

export type AuditFields = Omit<AuditEntry, 'id'>;

interface Actor {
  id: string;
  name: string;
}

/** Who decided, when, about which product, and why (the rule and the moderator's words). */
export function decisionAudit(item: ModerationItem): AuditFields {
  if (!item.decision) throw new Error(`moderation item ${item.id} has no decision to audit`);
  const { outcome, by, byName, at, reasonRuleId, reasonText } = item.decision;
  return {
    at,
    actorId: by,
    actorName: byName,
    action: outcome === 'approve' ? 'moderation.approve' : 'moderation.reject',
    subjectKind: 'moderation',
    subjectId: item.id,
    summary: `${item.brandName}: ${item.subjectTitle}`,
    reason: [reasonRuleId, reasonText].filter(Boolean).join(': '),
  };
}

export type DictionaryAction = 'dictionary.add' | 'dictionary.enable' | 'dictionary.disable';

export const dictionaryAudit = (
  entry: DictionaryEntry,
  action: DictionaryAction,
  actor: Actor,
  at: string,
): AuditFields => ({
  at,
  actorId: actor.id,
  actorName: actor.name,
  action,
  subjectKind: 'dictionary',
  subjectId: entry.id,
  summary:
    entry.kind === 'term'
      ? `term “${entry.text}” (${entry.category}, ${entry.severity})`
      : `${entry.kind} “${entry.text}”`,
  reason: entry.note,
});

/**
 * A moderator's decision on a brand's verification: the brand and the company it verified as, and for
 * a rejection every reason on its field (with the moderator's note), so the log reads without the record.
 */
export function verificationAudit(
  application: VerificationApplication,
  actor: Actor,
  at: string,
): AuditFields {
  const approved = application.status === 'approved';
  return {
    at,
    actorId: actor.id,
    actorName: actor.name,
    action: approved ? 'verification.approve' : 'verification.reject',
    subjectKind: 'verification',
    subjectId: application.id,
    summary: `${application.brandName}: ${application.companyName}`,
    reason: approved
      ? ''
      : application.rejections
          .map(({ field, reason, note }) => `${field}: ${reason}${note ? ` (${note})` : ''}`)
          .join('; '),
  };
}
