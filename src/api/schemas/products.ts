import { z } from 'zod';
import { recordMetaSchema } from './common';
import { decisionSchema } from './moderation';

export const productStatusSchema = z.enum(['draft', 'in_review', 'listed', 'rejected', 'delisted']);
export type ProductStatus = z.infer<typeof productStatusSchema>;

/** ¥100,000 in fen: the platform refuses any price above it. */
export const MAX_PRICE_FEN = 10_000_000;

const productFields = {
  title: z.string().trim().min(1, 'validation.required').max(60, 'validation.too_long'),
  titleEn: z.string().trim().max(120, 'validation.too_long'),
  category: z.string().min(1, 'validation.required'),
  description: z.string().max(20_000, 'validation.too_long'),
  /** Money is integer fen end to end. */
  priceFen: z
    .number()
    .int('validation.integer')
    .min(1, 'validation.positive')
    .max(MAX_PRICE_FEN, 'products.errors.price_too_high'),
  listPriceFen: z
    .number()
    .int('validation.integer')
    .min(1, 'validation.positive')
    .max(MAX_PRICE_FEN, 'products.errors.price_too_high'),
  stock: z.number().int('validation.integer').min(0, 'validation.not_negative'),
};

const priceWithinListPrice = (p: { priceFen?: number; listPriceFen?: number }) =>
  p.priceFen === undefined || p.listPriceFen === undefined || p.priceFen <= p.listPriceFen;
const priceRefinement = { message: 'products.errors.price_above_list', path: ['priceFen'] };

/** Where the product's copy stands with the moderators: warned copy waits for a decision before going live. */
export const productReviewSchema = z.object({
  state: z.enum(['none', 'pending', 'approved', 'rejected']),
  itemId: z.string().nullable(),
  decision: decisionSchema.nullable(),
});
export type ProductReview = z.infer<typeof productReviewSchema>;

export const productSchema = recordMetaSchema.extend({
  brandId: z.string(),
  status: productStatusSchema,
  review: productReviewSchema,
  ...productFields,
});
export type Product = z.infer<typeof productSchema>;

// Optional texts default to empty on create only: an update must never blank a field it did not send.
export const productCreateSchema = z
  .object({
    ...productFields,
    titleEn: productFields.titleEn.default(''),
    description: productFields.description.default(''),
  })
  .refine(priceWithinListPrice, priceRefinement);
export type ProductCreate = z.input<typeof productCreateSchema>;

export const productUpdateSchema = z
  .object({ version: z.number().int(), ...productFields })
  .partial()
  .required({ version: true })
  .refine(priceWithinListPrice, priceRefinement);
export type ProductUpdate = z.input<typeof productUpdateSchema>;

/** The copy fields the banned-claims engine checks, and as which kind of field. */
export const productClaimFields = {
  title: 'product_title',
  titleEn: 'product_title',
  description: 'product_description',
} as const;

/** Body of POST /products/:id/list and /delist. */
export const productTransitionSchema = z.object({ version: z.number().int() });

export const productCategories = ['skincare', 'makeup', 'supplements', 'tea', 'fragrance', 'gifts'] as const;
