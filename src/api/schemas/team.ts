import { z } from 'zod';
import { recordMetaSchema } from './common';
import { brandRoleSchema } from './roles';

export const memberStatusSchema = z.enum(['invited', 'active', 'deactivated']);
export type MemberStatus = z.infer<typeof memberStatusSchema>;

export const teamMemberSchema = recordMetaSchema.extend({
  brandId: z.string(),
  email: z.string(),
  name: z.string(),
  role: brandRoleSchema,
  status: memberStatusSchema,
  lastSignInAt: z.string().nullable(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const teamInviteSchema = z.object({
  email: z.string().trim().toLowerCase().email('validation.email'),
  name: z.string().trim().min(1, 'validation.required').max(60, 'validation.too_long'),
  role: brandRoleSchema,
});
export type TeamInvite = z.infer<typeof teamInviteSchema>;

export const teamMemberUpdateSchema = z.object({
  version: z.number().int(),
  name: z.string().trim().min(1, 'validation.required').max(60, 'validation.too_long').optional(),
  role: brandRoleSchema.optional(),
  status: memberStatusSchema.optional(),
});
export type TeamMemberUpdate = z.infer<typeof teamMemberUpdateSchema>;
