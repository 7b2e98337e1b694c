import { z } from 'zod';
import { recordMetaSchema } from './common';

/** A finding of the banned-claims engine (src/domain/claims), as the platform sends it. */
export const claimFindingSchema = z.object({
  term: z.string(),
  ruleId: z.string(),
  category: z.enum(['SUP', 'ABS', 'AUTH', 'MED', 'URG']),
  severity: z.enum(['block', 'warn']),
  start: z.number().int(),
  end: z.number().int(),
  messageKey: z.string(),
  suggestionKey: z.string(),
});
export type ClaimFinding = z.infer<typeof claimFindingSchema>;

/** Findings per form field, sent with a 422 (blocked copy) and kept on queued items. */
export const fieldFindingsSchema = z.record(z.string(), z.array(claimFindingSchema));
export type FieldFindings = z.infer<typeof fieldFindingsSchema>;

export const dictionaryEntryKindSchema = z.enum(['term', 'whitelist', 'trademark']);
export type DictionaryEntryKind = z.infer<typeof dictionaryEntryKindSchema>;

/** A moderator's run-time change to the banned-claims dictionary. */
export const dictionaryEntrySchema = recordMetaSchema.extend({
  kind: dictionaryEntryKindSchema,
  /** The term, the whitelisted span or the allowlisted trademark. */
  text: z.string(),
  lang: z.enum(['zh', 'en']),
  category: z.enum(['SUP', 'ABS', 'AUTH', 'MED', 'URG']),
  severity: z.enum(['block', 'warn']),
  /** false disables it; for a built-in term or span of the same text, that removes it from checking. */
  enabled: z.boolean(),
  note: z.string(),
  createdBy: z.string(),
});
export type DictionaryEntry = z.infer<typeof dictionaryEntrySchema>;

export const dictionaryEntryCreateSchema = z.object({
  kind: dictionaryEntryKindSchema,
  text: z.string().trim().min(1, 'validation.required').max(40, 'validation.too_long'),
  lang: z.enum(['zh', 'en']).default('zh'),
  category: z.enum(['SUP', 'ABS', 'AUTH', 'MED', 'URG']).default('SUP'),
  severity: z.enum(['block', 'warn']).default('block'),
  enabled: z.boolean().default(true),
  note: z.string().trim().min(1, 'validation.required').max(500, 'validation.too_long'),
});
export type DictionaryEntryCreate = z.input<typeof dictionaryEntryCreateSchema>;

export const dictionaryEntryUpdateSchema = z.object({
  version: z.number().int(),
  enabled: z.boolean(),
  note: z.string().trim().min(1, 'validation.required').max(500, 'validation.too_long'),
});

/** What the console and the platform both check copy with: the built-in dictionary plus these entries. */
export const claimDictionarySchema = z.object({
  version: z.string(),
  entries: z.array(dictionaryEntrySchema),
});
export type ClaimDictionaryState = z.infer<typeof claimDictionarySchema>;
