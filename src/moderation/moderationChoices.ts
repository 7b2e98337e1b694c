import { messageChoices } from '../components/messageChoices';
import { CLAIM_RULE_IDS } from '../domain/claims';

export const kindChoices = messageChoices(['product'], 'moderation.kinds');
export const severityChoices = messageChoices(['block', 'warn'], 'moderation.severities');
export const statusChoices = messageChoices(['pending', 'approved', 'rejected'], 'moderation.statuses');
export const outcomeChoices = messageChoices(['approve', 'reject'], 'moderation.outcomes');

/** "Waiting longer than": the queue's age filter, in hours. */
export const ageChoices = messageChoices([1, 24, 72], 'moderation.ages');

/** An item waiting longer than this shows its age in the warning colour. */
export const OVERDUE_HOURS = 24;

export const auditActions = [
  'moderation.approve',
  'moderation.reject',
  'dictionary.add',
  'dictionary.enable',
  'dictionary.disable',
] as const;
// Dots would nest the message keys: the action's key uses an underscore.
export const actionChoices = auditActions.map((id) => ({
  id,
  name: `moderation.actions.${id.replace('.', '_')}`,
}));

export const entryKindChoices = messageChoices(
  ['term', 'whitelist', 'trademark'],
  'moderation.dictionary.kinds',
);
export const langChoices = messageChoices(['zh', 'en'], 'moderation.dictionary.langs');
export const categoryChoices = messageChoices(['SUP', 'ABS', 'AUTH', 'MED', 'URG'], 'claims.categories');

/** A rejection's reason when no rule of the catalogue fits. */
export const OTHER_REASON = 'other';
export const ruleIds: readonly string[] = CLAIM_RULE_IDS;
export const subjectKindChoices = messageChoices(['moderation', 'dictionary'], 'moderation.subject_kinds');
