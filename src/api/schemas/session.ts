import { z } from 'zod';
import { roleSchema } from './roles';

export const loginRequestSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  /** null for platform staff (moderators), who belong to no brand. */
  brandId: z.string().nullable(),
  /** The brand's official (Chinese) name and its English name; null for platform staff. */
  brandName: z.string().nullable(),
  brandNameEn: z.string().nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionSchema = z.object({
  token: z.string(),
  /** ISO date-time after which the token is refused with 401. */
  expiresAt: z.string(),
  user: sessionUserSchema,
});
export type Session = z.infer<typeof sessionSchema>;

/** Codes of a refused sign-in, in `problem.code`. */
export const signInErrorCodes = [
  'auth.wrong_password',
  'auth.unknown_user',
  'auth.locked',
  'auth.deactivated',
] as const;
