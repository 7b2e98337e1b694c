import { z } from 'zod';
import { recordMetaSchema } from './common';
import { verificationStatusSchema } from './brands';
import { fileRefSchema } from './files';

/**
 * A brand's official-account verification application. There is one per brand and its id is the
 * brand's id (GET /verification-applications/brand-lumiere). Brand admins and marketers fill it in
 * while it is a draft or rejected, then submit; moderators approve or reject it with reasons per field.
 */
export const verificationDocumentFields = [
  'businessLicence',
  'legalRepId',
  'trademarkCertificate',
  'authorisationLetter',
] as const;
export type VerificationDocumentField = (typeof verificationDocumentFields)[number];

const applicationFields = {
  /** As on the business licence or the overseas company registration. */
  companyName: z.string().trim().max(100, 'validation.too_long'),
  /** Unified social credit code (CN) or the overseas registration number. */
  registrationNumber: z.string().trim().max(40, 'validation.too_long'),
  /** ISO 3166-1 alpha-2 of the company's registration; CN means a domestic company. */
  companyCountry: z.string().regex(/^([A-Z]{2})?$/, 'validation.country'),
  legalRepresentative: z.string().trim().max(60, 'validation.too_long'),
  trademarkNumber: z.string().trim().max(30, 'validation.too_long'),
  trademarkOwner: z.string().trim().max(100, 'validation.too_long'),
  /** When false, a brand authorisation letter from the trademark owner is required. */
  applicantOwnsTrademark: z.boolean(),
  businessLicence: fileRefSchema.nullable(),
  legalRepId: fileRefSchema.nullable(),
  trademarkCertificate: fileRefSchema.nullable(),
  authorisationLetter: fileRefSchema.nullable(),
};
export type VerificationField = keyof typeof applicationFields;
export const verificationFields = Object.keys(applicationFields) as VerificationField[];

export const verificationReasonSchema = z.enum([
  'trademark_owner_mismatch',
  'scan_unreadable',
  'store_name_mismatch',
  'document_expired',
  'document_missing_pages',
  'details_do_not_match',
  'other',
]);
export type VerificationReason = z.infer<typeof verificationReasonSchema>;

/** One reason of a rejection, on the field it concerns (the brand sees it there). */
export const fieldRejectionSchema = z.object({
  field: z.enum(verificationFields as [VerificationField, ...VerificationField[]]),
  reason: verificationReasonSchema,
  note: z.string().trim().max(300, 'validation.too_long').default(''),
});
export type FieldRejection = z.infer<typeof fieldRejectionSchema>;

export const verificationEventSchema = z.object({
  at: z.string(),
  byName: z.string(),
  event: z.enum(['submitted', 'resubmitted', 'approved', 'rejected']),
});

export const verificationApplicationSchema = recordMetaSchema.extend({
  brandId: z.string(),
  brandName: z.string(),
  brandNameEn: z.string(),
  status: verificationStatusSchema,
  ...applicationFields,
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** The reasons of the latest rejection; empty unless rejected. */
  rejections: z.array(fieldRejectionSchema.required()),
  history: z.array(verificationEventSchema),
});
export type VerificationApplication = z.infer<typeof verificationApplicationSchema>;

/** PATCH /verification-applications/:id, allowed while draft or rejected. Any field may be incomplete. */
export const verificationUpdateSchema = z
  .object({ version: z.number().int(), ...applicationFields })
  .partial()
  .required({ version: true });
export type VerificationUpdate = z.input<typeof verificationUpdateSchema>;

/** POST /verification-applications/:id/submit: 422 with `errors` per missing field when incomplete. */
export const verificationSubmitSchema = z.object({ version: z.number().int() });

/** POST /verification-applications/:id/decision, moderators only. A rejection needs at least one reason. */
export const verificationDecisionSchema = z
  .object({
    version: z.number().int(),
    outcome: z.enum(['approve', 'reject']),
    rejections: z.array(fieldRejectionSchema).default([]),
  })
  .refine((d) => d.outcome === 'approve' || d.rejections.length > 0, {
    message: 'verification.errors.reason_required',
    path: ['rejections'],
  });
export type VerificationDecision = z.input<typeof verificationDecisionSchema>;

/** What submit requires; the platform answers these keys in `errors` when one is missing. */
export function missingForSubmit(application: Partial<VerificationApplication>): VerificationField[] {
  const required: VerificationField[] = [
    'companyName',
    'registrationNumber',
    'companyCountry',
    'legalRepresentative',
    'trademarkNumber',
    'trademarkOwner',
    'businessLicence',
    'legalRepId',
    'trademarkCertificate',
  ];
  if (application.applicantOwnsTrademark === false) required.push('authorisationLetter');
  return required.filter((field) => {
    const value = application[field];
    return value === null || value === undefined || value === '';
  });
}
