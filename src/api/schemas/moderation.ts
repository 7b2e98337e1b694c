import { z } from 'zod';
import { recordMetaSchema } from './common';
import { claimFindingSchema } from './claims';

export const moderationKindSchema = z.enum(['product']);
export const moderationStatusSchema = z.enum(['pending', 'approved', 'rejected']);
export type ModerationStatus = z.infer<typeof moderationStatusSchema>;

/** The exact characters a rejection is about, so the brand sees them highlighted. */
export const passageSchema = z.object({ field: z.string(), start: z.number().int(), end: z.number().int() });
export type Passage = z.infer<typeof passageSchema>;

export const decisionSchema = z.object({
  outcome: z.enum(['approve', 'reject']),
  by: z.string(),
  byName: z.string(),
  at: z.string(),
  /** A rule of RULES.md (e.g. R-SUP-RANK) or `other`; required for a rejection. */
  reasonRuleId: z.string().nullable(),
  reasonText: z.string(),
  passage: passageSchema.nullable(),
});
export type Decision = z.infer<typeof decisionSchema>;

export const moderationItemSchema = recordMetaSchema.extend({
  kind: moderationKindSchema,
  brandId: z.string(),
  brandName: z.string(),
  subjectId: z.string(),
  subjectTitle: z.string(),
  status: moderationStatusSchema,
  severity: z.enum(['warn']),
  dictionaryVersion: z.string(),
  fields: z.array(
    z.object({
      field: z.string(),
      claimField: z.string(),
      text: z.string(),
      findings: z.array(claimFindingSchema),
    }),
  ),
  decision: decisionSchema.nullable(),
});
export type ModerationItem = z.infer<typeof moderationItemSchema>;

export const decisionRequestSchema = z
  .object({
    version: z.number().int(),
    outcome: z.enum(['approve', 'reject']),
    reasonRuleId: z.string().nullable().default(null),
    reasonText: z.string().trim().max(500, 'validation.too_long').default(''),
    passage: passageSchema.nullable().default(null),
  })
  .refine((d) => d.outcome === 'approve' || !!d.reasonRuleId, {
    message: 'moderation.errors.reason_required',
    path: ['reasonRuleId'],
  });
export type DecisionRequest = z.input<typeof decisionRequestSchema>;

/** An append-only record of every moderator decision and dictionary change. */
export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  action: z.enum([
    'moderation.approve',
    'moderation.reject',
    'dictionary.add',
    'dictionary.enable',
    'dictionary.disable',
    'verification.approve',
    'verification.reject',
  ]),
  subjectKind: z.enum(['moderation', 'dictionary', 'verification']),
  subjectId: z.string(),
  /** What was decided or changed, e.g. the term, the product title. */
  summary: z.string(),
  reason: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
