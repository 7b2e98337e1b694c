import { messageChoices } from '../components/messageChoices';
import { CLAIM_RULE_IDS } from '../domain/claims';

const choices = (prefix: string, ids: readonly string[]) => messageChoices(ids, prefix);

export const kindChoices = choices('moderation.kinds', ['product']);
export const severityChoices = choices('moderation.severities', ['block', 'warn']);
export const statusChoices = choices('moderation.statuses', ['pending', 'approved', 'rejected']);
export const outcomeChoices = choices('moderation.outcomes', ['approve', 'reject']);

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

export const entryKindChoices = choices('moderation.dictionary.kinds', ['term', 'whitelist', 'trademark']);
export const langChoices = choices('moderation.dictionary.langs', ['zh', 'en']);
export const categoryChoices = choices('claims.categories', ['SUP', 'ABS', 'AUTH', 'MED', 'URG']);

/** A rejection's reason when no rule of the catalogue fits. */
export const OTHER_REASON = 'other';
export const ruleIds: readonly string[] = CLAIM_RULE_IDS;
export const subjectKindChoices = choices('moderation.subject_kinds', ['moderation', 'dictionary']);
