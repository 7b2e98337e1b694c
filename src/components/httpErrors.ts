import type { RaRecord } from 'react-admin';

/** Reads what the dataProvider's HttpError carries (status, problem body) without trusting its shape. */
export const httpStatus = (error: unknown): number | undefined =>
  error !== null && typeof error === 'object' && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;

const problemBody = (error: unknown): Record<string, unknown> | undefined =>
  error !== null &&
  typeof error === 'object' &&
  'body' in error &&
  error.body !== null &&
  typeof error.body === 'object'
    ? (error.body as Record<string, unknown>)
    : undefined;

/** The record as it is now on the platform, when the error is a 409 caused by a stale version. */
export function conflictingRecord(error: unknown): RaRecord | undefined {
  if (httpStatus(error) !== 409) return undefined;
  const current = problemBody(error)?.current;
  return current !== null && typeof current === 'object' && 'id' in current
    ? (current as RaRecord)
    : undefined;
}

export function hasFieldErrors(error: unknown): boolean {
  const errors = problemBody(error)?.errors;
  return errors !== null && typeof errors === 'object' && Object.keys(errors).length > 0;
}

export const errorMessage = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
