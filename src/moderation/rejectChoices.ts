import type { TranslateFunction } from 'react-admin';
import type { ModerationItem, Passage } from '../api';
import { OTHER_REASON, ruleIds } from './moderationChoices';

interface Choice {
  id: string;
  name: string;
}

const ruleMessage = (translate: TranslateFunction, ruleId: string) =>
  translate(`claims.rules.${ruleId}.message`, { _: ruleId });

/** The rules this item's findings point at come first, then every other rule, then "Other". */
export function reasonChoices(item: ModerationItem, translate: TranslateFunction): Choice[] {
  const found = [...new Set(item.fields.flatMap((field) => field.findings.map((finding) => finding.ruleId)))];
  const rest = ruleIds.filter((ruleId) => !found.includes(ruleId));
  return [
    ...found.map((rule) => ({
      id: rule,
      name: translate('moderation.decide.reason_found', { rule, message: ruleMessage(translate, rule) }),
    })),
    ...rest.map((rule) => ({
      id: rule,
      name: translate('moderation.decide.reason_rule', { rule, message: ruleMessage(translate, rule) }),
    })),
    { id: OTHER_REASON, name: translate('moderation.decide.reason_other') },
  ];
}

/** A field's name as the product form calls it; the queue holds product copy only for now. */
export const fieldLabel = (translate: TranslateFunction, field: string) =>
  translate(`resources.products.fields.${field}`, { _: field });

export interface PassageChoice extends Choice {
  passage: Passage;
}

/** Every finding of the item as a passage a rejection can be about, in reading order. */
export function passageChoices(item: ModerationItem, translate: TranslateFunction): PassageChoice[] {
  return item.fields.flatMap((field) =>
    field.findings.map((finding) => ({
      id: `${field.field}:${finding.start}:${finding.end}`,
      name: translate('moderation.decide.passage_choice', {
        term: field.text.slice(finding.start, finding.end),
        field: fieldLabel(translate, field.field),
      }),
      passage: { field: field.field, start: finding.start, end: finding.end },
    })),
  );
}
