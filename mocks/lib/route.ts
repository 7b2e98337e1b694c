import {
  HttpResponse,
  type DefaultBodyType,
  type HttpResponseResolver,
  type JsonBodyType,
  type PathParams,
} from 'msw';
import { canAccess, type Action, type ResourceName } from '../../src/api';
import { injectFaults } from './faults';
import { forbidden, methodNotAllowed, ProblemError, problemResponse, serverError } from './problem';
import { authenticate, type Caller } from './sessions';

/** `*` matches any origin: the page's own in the browser, http://localhost in tests, the HTTP server. */
export const apiPath = (path: string) => `*/api/v1${path}`;

export interface RequestContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
}
export interface CallerContext extends RequestContext {
  caller: Caller;
}

type Answer = Response | Promise<Response>;
type Resolver = HttpResponseResolver<PathParams, DefaultBodyType, undefined>;

export const json = (data: JsonBodyType, status = 200): Response => HttpResponse.json(data, { status });
export const noContent = (): Response => new HttpResponse(null, { status: 204 });

const singleValues = (params: PathParams): Record<string, string> =>
  Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );

/** Turns anything thrown into a problem answer, so handlers can simply throw. */
function answering(handler: (context: RequestContext) => Answer, withFaults: boolean): Resolver {
  return async ({ request, params }) => {
    if (withFaults) {
      const fault = await injectFaults();
      if (fault) return fault;
    }
    try {
      return await handler({ request, url: new URL(request.url), params: singleValues(params) });
    } catch (error) {
      if (error instanceof ProblemError) return problemResponse(error);
      console.error('[mock platform]', error);
      return problemResponse(serverError());
    }
  };
}

/** Anyone may call it (signing in). */
export const publicRoute = (handler: (context: RequestContext) => Answer) => answering(handler, true);

/** Any signed-in caller, whatever the role (their own session). */
export const signedInRoute = (handler: (context: CallerContext) => Answer) =>
  answering((context) => handler({ ...context, caller: authenticate(context.request) }), true);

/** A signed-in caller whose role the access table allows `action` on `resource`; 401 or 403 otherwise. */
export const route = (resource: ResourceName, action: Action, handler: (context: CallerContext) => Answer) =>
  signedInRoute((context) => {
    if (!canAccess(context.caller.user.role, resource, action)) throw forbidden(resource, action);
    return handler(context);
  });

/**
 * An action the platform has no endpoint for. Still guarded by the table, so callers the table
 * refuses see 403 like everywhere else, and a table that grants it shows up as 405 in the access walk.
 * `guard` names another action to guard with: an append-only resource answers 405 to every caller
 * who may read it (the method is what is missing there, not their permission) and 403 to the rest.
 */
export const unsupportedRoute = (resource: ResourceName, action: Action, guard: Action = action) =>
  route(resource, guard, () => {
    throw methodNotAllowed(resource, action);
  });

/** The mock's own control endpoints: no auth, and faults never apply, or a test could not undo them. */
export const controlRoute = (handler: (context: RequestContext) => Answer) => answering(handler, false);
