import { z } from 'zod';

export const roleSchema = z.enum(['brand_admin', 'brand_marketer', 'cs_agent', 'moderator']);
export type Role = z.infer<typeof roleSchema>;
export const roles = roleSchema.options;

/** Roles a brand admin may give to a team member. */
export const brandRoleSchema = z.enum(['brand_admin', 'brand_marketer', 'cs_agent']);
export type BrandRole = z.infer<typeof brandRoleSchema>;
