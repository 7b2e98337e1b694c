import { z } from 'zod';
import { productStatusSchema } from './products';

/** Figures for the home page; which parts are present depends on the role. */
export const dashboardSchema = z.object({
  products: z
    .object({
      total: z.number().int(),
      byStatus: z.record(productStatusSchema, z.number().int()),
      lowStock: z.number().int(),
      stockValueFen: z.number().int(),
    })
    .optional(),
  team: z
    .object({ active: z.number().int(), invited: z.number().int(), deactivated: z.number().int() })
    .optional(),
  brands: z
    .object({ total: z.number().int(), byTradeModel: z.record(z.string(), z.number().int()) })
    .optional(),
  /** Moderators: items waiting in the queue, and how long the oldest has waited (null when none). */
  moderation: z
    .object({ pending: z.number().int(), oldestPendingHours: z.number().int().nullable() })
    .optional(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
