import type { z } from 'zod';
import { badRequest, validationFailed } from './problem';

/**
 * The contract's schemas carry i18n keys for their own rules (`validation.required` ...); zod's
 * built-in checks (a missing field, a wrong type, a bad email) do not, so they get keys here and the
 * console can translate every message it is sent.
 */
const messageForBuiltInIssue = (issue: z.core.$ZodRawIssue): string => {
  if (issue.code === 'invalid_type')
    return issue.input === undefined ? 'validation.required' : 'validation.invalid_type';
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'validation.email';
  if (issue.code === 'invalid_value') return 'validation.invalid_choice';
  return 'validation.invalid';
};

/** One message per field (the first), keyed by the path joined with dots, as the console expects. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'body';
    errors[field] ??= issue.message;
  }
  return errors;
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value, { error: messageForBuiltInIssue });
  if (!result.success) throw validationFailed(fieldErrors(result.error));
  return result.data;
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
}

export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  return parseWith(schema, await readJson(request));
}

/**
 * For PATCH: the parsed body without the fields the client did not send. The update schemas are
 * partial copies of schemas with defaults (`titleEn: ''`), and zod fills those in, which would
 * otherwise blank a stored field the client never touched.
 */
export async function parseChanges<S extends z.ZodType<object>>(
  request: Request,
  schema: S,
): Promise<Partial<z.output<S>>> {
  const body = await readJson(request);
  const parsed = parseWith(schema, body);
  const sent = typeof body === 'object' && body !== null ? Object.keys(body) : [];
  return Object.fromEntries(Object.entries(parsed).filter(([key]) => sent.includes(key))) as Partial<
    z.output<S>
  >;
}
