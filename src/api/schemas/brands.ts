import { z } from 'zod';
import { recordMetaSchema } from './common';

export const tradeModelSchema = z.enum(['domestic', 'bonded_warehouse', 'direct_mail']);
export type TradeModel = z.infer<typeof tradeModelSchema>;

export const brandSchema = recordMetaSchema.extend({
  name: z.string(),
  nameEn: z.string(),
  /** ISO 3166-1 alpha-2 */
  country: z.string().length(2),
  category: z.string(),
  tradeModel: tradeModelSchema,
  intro: z.string(),
});
export type Brand = z.infer<typeof brandSchema>;
