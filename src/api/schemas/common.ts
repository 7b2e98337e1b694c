import { z } from 'zod';

/** Every mutable record carries these; `version` is bumped by the platform on each accepted update. */
export const recordMetaSchema = z.object({
  id: z.string(),
  version: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

export const sortOrderSchema = z.enum(['ASC', 'DESC']);

/** Query string of every list endpoint: `?page=1&perPage=25&sort=updatedAt&order=DESC&q=...&<filter>=...`. */
export const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(100).default(25),
  sort: z.string().optional(),
  order: sortOrderSchema.default('ASC'),
  q: z.string().optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export interface ListResponse<T> {
  data: T[];
  total: number;
}

/** RFC 9457 problem details, with per-field messages under `errors`. */
export const problemSchema = z.object({
  type: z.string().default('about:blank'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  /** A message key the console translates; `detail` is the English fallback. */
  code: z.string().optional(),
  errors: z.record(z.string(), z.string()).optional(),
  /** On 422 for banned claims: the engine's findings per field. */
  findings: z.record(z.string(), z.array(z.unknown())).optional(),
  /** On 409: the record as it is now on the platform. */
  current: z.unknown().optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
