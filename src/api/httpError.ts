import { isAxiosError, isCancel } from 'axios';
import { HttpError } from 'react-admin';
import { problemSchema, type Problem } from './schemas/common';

const messageKeyByStatus: Record<number, string> = {
  400: 'errors.bad_request',
  401: 'errors.unauthorized',
  403: 'errors.forbidden',
  404: 'errors.not_found',
  409: 'errors.conflict',
  422: 'errors.validation',
};

/** The i18n key the console shows for a problem: the platform's own code, else one by status. */
export function problemMessageKey(problem: Partial<Problem>, status: number): string {
  if (problem.code) return problem.code;
  return messageKeyByStatus[status] ?? (status >= 500 ? 'errors.server' : 'errors.unknown');
}

/**
 * Turns anything the HTTP client throws into react-admin's HttpError: its message is an i18n key
 * (react-admin translates notifications), its body the problem, so `body.errors` lands on form fields.
 * Aborted requests are rethrown untouched: nobody is waiting for them.
 */
export function toHttpError(error: unknown): unknown {
  if (isCancel(error) || !isAxiosError(error)) return error;
  const response = error.response;
  if (!response) {
    const timedOut = error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT';
    return new HttpError(timedOut ? 'errors.timeout' : 'errors.network', 0, { code: error.code });
  }
  const parsed = problemSchema.safeParse(response.data);
  const problem: Partial<Problem> = parsed.success ? parsed.data : {};
  return new HttpError(problemMessageKey(problem, response.status), response.status, {
    ...problem,
    status: response.status,
  });
}
