import { z } from 'zod';
import { recordMetaSchema } from './common';
import { fileRefSchema } from './files';

export const tradeModelSchema = z.enum(['domestic', 'bonded_warehouse', 'direct_mail']);
export type TradeModel = z.infer<typeof tradeModelSchema>;
export const isCrossBorder = (tradeModel: TradeModel | null | undefined) =>
  tradeModel === 'bonded_warehouse' || tradeModel === 'direct_mail';

export const verificationStatusSchema = z.enum(['draft', 'submitted', 'approved', 'rejected']);
export type VerificationStatus = z.infer<typeof verificationStatusSchema>;

export const brandCategories = [
  'skincare',
  'makeup',
  'supplements',
  'tea',
  'fragrance',
  'fashion',
  'home',
  'food',
] as const;

/** The brand's official (professional) account profile. Brand admins and marketers edit it. */
const brandProfileFields = {
  name: z.string().trim().min(1, 'validation.required').max(30, 'validation.too_long'),
  nameEn: z.string().trim().max(60, 'validation.too_long'),
  logo: fileRefSchema.nullable(),
  category: z.enum(brandCategories, { message: 'validation.required' }),
  /** ISO 3166-1 alpha-2 */
  country: z.string().regex(/^[A-Z]{2}$/, 'validation.country'),
  intro: z.string().trim().max(500, 'validation.too_long'),
};

export const brandSchema = recordMetaSchema.extend({
  ...brandProfileFields,
  /** Mirrors the brand's verification application (its id is the brand's id); the platform sets it. */
  verificationStatus: verificationStatusSchema,
  verifiedAt: z.string().nullable(),
});
export type Brand = z.infer<typeof brandSchema>;

export const brandUpdateSchema = z
  .object({ version: z.number().int(), ...brandProfileFields })
  .partial()
  .required({ version: true });
export type BrandUpdate = z.input<typeof brandUpdateSchema>;

/** Copy fields of the profile the banned-claims engine checks. */
export const brandClaimFields = { name: 'store_name', nameEn: 'store_name', intro: 'store_intro' } as const;
