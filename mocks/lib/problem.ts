import { HttpResponse } from 'msw';
import { PROBLEM_CONTENT_TYPE, type Problem } from '../../src/api';

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  422: 'Unprocessable Content',
  423: 'Locked',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Thrown anywhere below a route; the route wrapper turns it into the problem+json answer. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

type Extras = Pick<Problem, 'errors' | 'current' | 'findings'>;

export const problem = (status: number, code: string, detail: string, extras: Extras = {}): ProblemError =>
  new ProblemError({
    type: 'about:blank',
    title: titles[status] ?? 'Error',
    status,
    detail,
    code,
    ...extras,
  });

export const problemResponse = ({ problem: body }: ProblemError): Response =>
  HttpResponse.json(body, { status: body.status, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } });

export const unauthorized = () =>
  problem(401, 'errors.unauthorized', 'Sign in again: the session is missing, expired or revoked.');

export const forbidden = (resource: string, action: string) =>
  problem(403, 'errors.forbidden', `Your role may not ${action} ${resource}.`);

export const notFound = (what: string) => problem(404, 'errors.not_found', `No ${what} with this id.`);

export const conflict = (current: unknown) =>
  problem(409, 'errors.conflict', 'Someone changed this record since you loaded it.', { current });

export const validationFailed = (errors: Record<string, string>) =>
  problem(422, 'errors.validation', 'Some fields are not valid.', { errors });

export const badRequest = (detail: string, errors?: Record<string, string>) =>
  problem(400, 'errors.bad_request', detail, errors ? { errors } : {});

export const methodNotAllowed = (resource: string, action: string) =>
  problem(405, 'errors.bad_request', `The platform has no endpoint to ${action} ${resource}.`);

export const serverError = (detail = 'The platform failed to answer. Try again.') =>
  problem(500, 'errors.server', detail);
