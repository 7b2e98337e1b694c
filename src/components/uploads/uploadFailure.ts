import { uploadProblem, uploadRules, type FilePurpose } from '../../api';
import { httpStatus } from '../httpErrors';

/** Why a file was not uploaded: a message key and the values it needs. */
export interface UploadFailure {
  code: string;
  values: Record<string, number | string>;
}

/** Thrown by useUploader's `upload`: refused before sending (`sent` false) or by the platform. */
export class UploadError extends Error {
  constructor(
    readonly failure: UploadFailure,
    readonly sent: boolean,
    options?: { cause?: unknown },
  ) {
    super(failure.code, options);
    this.name = 'UploadError';
  }
}

/**
 * The limits of a purpose in the contract's own wording (its types list and "N MB"), asked from
 * uploadProblem itself so the console never words them differently from the platform.
 */
export function limitsOf(purpose: FilePurpose) {
  const rule = uploadRules[purpose];
  const types = uploadProblem({ contentType: '', size: 1 }, purpose)?.values.types ?? '';
  const max = uploadProblem({ contentType: rule.types[0] ?? '', size: rule.maxBytes + 1 }, purpose)?.values
    .max;
  return { types: String(types), max: String(max ?? ''), minSide: rule.minSide, maxSide: rule.maxSide };
}

/** The values a `files.errors.*` key needs when the platform answered the key alone. */
function valuesFor(code: string, purpose: FilePurpose): UploadFailure | null {
  const limits = limitsOf(purpose);
  switch (code) {
    case 'files.errors.type':
      return { code, values: { types: limits.types } };
    case 'files.errors.too_large':
      return { code, values: { max: limits.max } };
    case 'files.errors.too_small':
      return { code, values: { min: limits.minSide ?? 0 } };
    case 'files.errors.too_big':
      return { code, values: { max: limits.maxSide ?? 0 } };
    case 'files.errors.not_square':
      return { code: 'uploads.not_square_plain', values: {} };
    case 'files.errors.empty':
    case 'files.errors.unreadable':
      return { code, values: {} };
    default:
      return null;
  }
}

const problemOf = (error: unknown): { code?: unknown; errors?: unknown } =>
  error !== null && typeof error === 'object' && 'body' in error && typeof error.body === 'object'
    ? ((error.body ?? {}) as { code?: unknown; errors?: unknown })
    : {};

/** Turns whatever `uploadFile` threw into a message: the platform's file problem, else its general one. */
export function uploadFailureOf(error: unknown, purpose: FilePurpose): UploadFailure {
  if (error instanceof UploadError) return error.failure;
  const problem = problemOf(error);
  const fieldKeys =
    problem.errors !== null && typeof problem.errors === 'object' ? Object.values(problem.errors) : [];
  for (const key of [...fieldKeys, problem.code]) {
    if (typeof key !== 'string') continue;
    const known = valuesFor(key, purpose);
    if (known) return known;
  }
  if (httpStatus(error) === 422 && typeof fieldKeys[0] === 'string')
    return { code: fieldKeys[0], values: {} };
  const message = error instanceof Error && error.message ? error.message : 'errors.unknown';
  return { code: message, values: {} };
}
