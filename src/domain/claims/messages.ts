export { claimMessagesEn } from './messagesEn';
export { claimMessagesZh } from './messagesZh';

/** Every ruleId the engine can report; the message tables cover each one (checked by a test). */
export const CLAIM_RULE_IDS = [
  'R-SUP-ZUI',
  'R-SUP-RANK',
  'R-SUP-NO1',
  'R-SUP-TOP',
  'R-SUP-UNIQ',
  'R-SUP-EN',
  'R-SUP-LEAD',
  'R-SUP-SLANG',
  'R-SUP-NEW',
  'R-SUP-TOPRATED',
  'R-FIRST',
  'R-ABS-ZH',
  'R-ABS-EN',
  'R-ABS-W',
  'R-AUTH-ZH',
  'R-AUTH-EN',
  'R-AUTH-W',
  'R-MED-ZH',
  'R-MED-EN',
  'R-MED-W',
  'R-URG',
  'R-CUSTOM',
] as const;
