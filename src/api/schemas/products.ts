import { z } from 'zod';
import { taxCategories } from '../../domain/tax';
import { recordMetaSchema } from './common';
import { fileRefSchema } from './files';
import { decisionSchema } from './moderation';

export const productStatusSchema = z.enum(['draft', 'in_review', 'listed', 'rejected', 'delisted']);
export type ProductStatus = z.infer<typeof productStatusSchema>;

/** ¥100,000 in fen: the platform refuses any price above it. */
export const MAX_PRICE_FEN = 10_000_000;
export const MAX_PRODUCT_IMAGES = 9;
export const MAX_SKUS = 50;

const fen = z
  .number()
  .int('validation.integer')
  .min(1, 'validation.positive')
  .max(MAX_PRICE_FEN, 'products.errors.price_too_high');

/** A variant of the product (a shade, a size) with its own price, stock and barcode. Money is integer fen. */
export const skuSchema = z
  .object({
    /** Given by the platform; a new SKU is sent without one. */
    id: z.string().optional(),
    /** What tells the variant apart, e.g. "30 ml" or "Rose · 30 ml". */
    spec: z.string().trim().min(1, 'validation.required').max(40, 'validation.too_long'),
    priceFen: fen,
    listPriceFen: fen,
    stock: z.number().int('validation.integer').min(0, 'validation.not_negative').max(999_999),
    /** EAN-8, UPC-A, EAN-13 or GTIN-14 digits; optional. */
    barcode: z
      .string()
      .trim()
      .regex(/^(\d{8}|\d{12,14})?$/, 'products.errors.barcode'),
  })
  .refine((sku) => sku.priceFen <= sku.listPriceFen, {
    message: 'products.errors.price_above_list',
    path: ['priceFen'],
  });
export type Sku = z.infer<typeof skuSchema>;

export const declaredUnits = ['piece', 'bottle', 'box', 'set', 'bag', 'can', 'kg', 'g', 'l', 'ml'] as const;
/** Which consumption tax applies to the goods; see src/domain/tax. */
export const taxCategorySchema = z.enum(taxCategories);
export type TaxCategory = z.infer<typeof taxCategorySchema>;

/** Required on every product of a cross-border store (bonded warehouse or direct mail). */
export const crossBorderSchema = z.object({
  /** ISO 3166-1 alpha-2 */
  originCountry: z.string().regex(/^[A-Z]{2}$/, 'validation.country'),
  /** China's customs HS code: 8 or 10 digits. */
  hsCode: z.string().regex(/^(\d{8}|\d{10})$/, 'products.errors.hs_code'),
  declaredUnit: z.enum(declaredUnits),
  taxCategory: taxCategorySchema,
  /** When true the SKU prices are what the buyer pays, tax included; otherwise tax is added on top. */
  priceIncludesTax: z.boolean(),
});
export type CrossBorder = z.infer<typeof crossBorderSchema>;

export const attributeSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(20, 'validation.too_long'),
  value: z.string().trim().min(1, 'validation.required').max(60, 'validation.too_long'),
});

const productFields = {
  title: z.string().trim().min(1, 'validation.required').max(60, 'validation.too_long'),
  titleEn: z.string().trim().max(120, 'validation.too_long'),
  category: z.string().min(1, 'validation.required'),
  description: z.string().max(20_000, 'validation.too_long'),
  /** Square images, the first is the cover. */
  images: z.array(fileRefSchema).max(MAX_PRODUCT_IMAGES, 'products.errors.too_many_images'),
  attributes: z.array(attributeSchema).max(20, 'validation.too_many'),
  skus: z.array(skuSchema).min(1, 'products.errors.sku_required').max(MAX_SKUS, 'validation.too_many'),
  crossBorder: crossBorderSchema.nullable(),
};

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
  skus: z.array(skuSchema.and(z.object({ id: z.string() }))),
  /** Kept by the platform from the SKUs, so lists sort and filter on them: the lowest price, the total stock. */
  priceFen: z.number().int(),
  stock: z.number().int(),
});
export type Product = z.infer<typeof productSchema>;

// Optional parts default to empty on create only: an update must never blank a field it did not send.
export const productCreateSchema = z.object({
  ...productFields,
  titleEn: productFields.titleEn.default(''),
  description: productFields.description.default(''),
  images: productFields.images.default([]),
  attributes: productFields.attributes.default([]),
  crossBorder: productFields.crossBorder.default(null),
});
export type ProductCreate = z.input<typeof productCreateSchema>;

export const productUpdateSchema = z
  .object({ version: z.number().int(), ...productFields })
  .partial()
  .required({ version: true });
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

/**
 * GET /products filters besides `q` (title, English name, SKU spec or barcode): `status`, `category`,
 * `stockLte`, `stockGte`, `priceGte`, `priceLte` (fen, on the lowest SKU price), `id` (repeated).
 */
export const productFilterKeys = [
  'status',
  'category',
  'stockLte',
  'stockGte',
  'priceGte',
  'priceLte',
] as const;

/** POST /products/bulk: one action over up to 1,000 products of the caller's brand; a report per product. */
export const bulkActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('list'), ids: z.array(z.string()).min(1).max(1000) }),
  z.object({ action: z.literal('delist'), ids: z.array(z.string()).min(1).max(1000) }),
  z.object({
    action: z.literal('reprice'),
    ids: z.array(z.string()).min(1).max(1000),
    /** Every SKU's sale price changes by this percentage (−90 to +100), rounded to the fen. */
    percent: z.number().min(-90, 'products.errors.percent_range').max(100, 'products.errors.percent_range'),
  }),
]);
export type BulkAction = z.input<typeof bulkActionSchema>;

export const bulkResultSchema = z.object({
  succeeded: z.number().int(),
  failed: z.number().int(),
  /** One per requested id, in order; `code` is a message key saying why it failed. */
  results: z.array(z.object({ id: z.string(), ok: z.boolean(), code: z.string().nullable() })),
});
export type BulkResult = z.infer<typeof bulkResultSchema>;
