import { z } from 'zod';
import { recordMetaSchema } from './common';

/**
 * Buyers' orders and their after-sales requests. Agents read them beside a conversation; the only
 * changes staff make are revealing a buyer's contact details (logged) and deciding after-sales.
 * Amounts are integer fen. The buyer's phone and address come masked; POST /orders/:id/reveal
 * answers one of them in full and records who looked.
 */
export const orderStatusSchema = z.enum([
  'paid',
  'shipped',
  'delivered',
  'completed',
  'refunded',
  'cancelled',
]);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

/** Cross-border orders clear customs before they ship to the buyer. */
export const customsStatusSchema = z.enum(['pending', 'declared', 'passed', 'failed', 'abnormal']);
export type CustomsStatus = z.infer<typeof customsStatusSchema>;

export const orderItemSchema = z.object({
  productId: z.string(),
  productName: z.string(),
  skuSpec: z.string(),
  quantity: z.number().int().positive(),
  unitPriceFen: z.number().int().nonnegative(),
});
export type OrderItem = z.infer<typeof orderItemSchema>;

export const trackingEventSchema = z.object({ at: z.string(), description: z.string(), place: z.string() });

export const revealFieldSchema = z.enum(['phone', 'address']);
export type RevealField = z.infer<typeof revealFieldSchema>;

export const revealEntrySchema = z.object({
  field: revealFieldSchema,
  byId: z.string(),
  byName: z.string(),
  at: z.string(),
});
export type RevealEntry = z.infer<typeof revealEntrySchema>;

export const orderSchema = recordMetaSchema.extend({
  brandId: z.string(),
  /** What buyers and agents quote: "RED2611240001". */
  number: z.string(),
  buyerId: z.string(),
  buyerName: z.string(),
  /** "138****5678". */
  buyerPhoneMasked: z.string(),
  /** Province and city in full, the street masked: "上海市 浦东新区 ****". */
  buyerAddressMasked: z.string(),
  status: orderStatusSchema,
  items: z.array(orderItemSchema).min(1),
  goodsFen: z.number().int().nonnegative(),
  shippingFen: z.number().int().nonnegative(),
  taxFen: z.number().int().nonnegative(),
  discountFen: z.number().int().nonnegative(),
  totalFen: z.number().int().nonnegative(),
  /** What approved after-sales gave back so far. */
  refundedFen: z.number().int().nonnegative(),
  crossBorder: z.boolean(),
  customsStatus: customsStatusSchema.nullable(),
  /** Set when customs failed or flagged the declaration, e.g. "ID name does not match payer". */
  customsFailureReason: z.string().nullable(),
  carrier: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  tracking: z.array(trackingEventSchema),
  placedAt: z.string(),
  /** Who revealed the buyer's details, newest last. */
  reveals: z.array(revealEntrySchema),
});
export type Order = z.infer<typeof orderSchema>;

/** GET /orders filters, besides q (order number or buyer name). */
export const orderFilterSchema = z.object({
  status: orderStatusSchema.optional(),
  customsStatus: customsStatusSchema.optional(),
  buyerId: z.string().optional(),
});

/** POST /orders/:id/reveal {field} answers {field, value}; the order's `reveals` gains an entry. */
export const revealRequestSchema = z.object({ field: revealFieldSchema });
export const revealResponseSchema = z.object({ field: revealFieldSchema, value: z.string() });
export type RevealResponse = z.infer<typeof revealResponseSchema>;

export const afterSalesTypeSchema = z.enum(['refund_only', 'return_refund', 'exchange']);
export type AfterSalesType = z.infer<typeof afterSalesTypeSchema>;

/** `auto_approved`: nobody answered within 72 h (domestic) or 96 h (cross-border). */
export const afterSalesStatusSchema = z.enum(['requested', 'approved', 'rejected', 'auto_approved']);
export type AfterSalesStatus = z.infer<typeof afterSalesStatusSchema>;

export const afterSalesRejectReasonSchema = z.enum([
  'outside_return_window',
  'product_used_or_damaged',
  'no_evidence',
  'already_resolved',
  'other',
]);
export type AfterSalesRejectReason = z.infer<typeof afterSalesRejectReasonSchema>;

export const afterSalesSchema = recordMetaSchema.extend({
  brandId: z.string(),
  orderId: z.string(),
  orderNumber: z.string(),
  buyerId: z.string(),
  buyerName: z.string(),
  type: afterSalesTypeSchema,
  /** The buyer's words, shown as text. */
  buyerReason: z.string(),
  amountFen: z.number().int().nonnegative(),
  crossBorder: z.boolean(),
  status: afterSalesStatusSchema,
  requestedAt: z.string(),
  /** When the platform approves it by itself if still undecided (72 h / 96 h after the request). */
  autoApproveAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  rejectReason: afterSalesRejectReasonSchema.nullable(),
  rejectNote: z.string().nullable(),
});
export type AfterSales = z.infer<typeof afterSalesSchema>;

export const afterSalesFilterSchema = z.object({
  status: afterSalesStatusSchema.optional(),
  type: afterSalesTypeSchema.optional(),
  orderId: z.string().optional(),
  buyerId: z.string().optional(),
});

/**
 * POST /after-sales/:id/decision. Approving more than the brand's threshold needs a brand admin
 * (403 `afterSales.needs_admin`); a rejection needs a reason (and a note when the reason is "other").
 */
export const afterSalesDecisionSchema = z
  .object({
    version: z.number().int(),
    outcome: z.enum(['approve', 'reject']),
    rejectReason: afterSalesRejectReasonSchema.nullable().default(null),
    rejectNote: z.string().trim().max(300, 'validation.too_long').default(''),
  })
  .superRefine((decision, context) => {
    if (decision.outcome !== 'reject') return;
    if (!decision.rejectReason)
      context.addIssue({ code: 'custom', path: ['rejectReason'], message: 'validation.required' });
    else if (decision.rejectReason === 'other' && !decision.rejectNote)
      context.addIssue({ code: 'custom', path: ['rejectNote'], message: 'validation.required' });
  });
export type AfterSalesDecision = z.input<typeof afterSalesDecisionSchema>;

/**
 * A brand's service settings; one per brand, id === brandId. Only brand admins change them.
 * `approvalThresholdFen`: after-sales above it need a brand admin to approve.
 */
export const serviceSettingsSchema = recordMetaSchema.extend({
  brandId: z.string(),
  approvalThresholdFen: z.number().int().nonnegative(),
});
export type ServiceSettings = z.infer<typeof serviceSettingsSchema>;

export const serviceSettingsUpdateSchema = z.object({
  version: z.number().int(),
  approvalThresholdFen: z
    .number({ error: 'validation.required' })
    .int('validation.integer')
    .min(0, 'validation.not_negative')
    .max(10_000_000, 'afterSales.threshold_too_high'),
});
