import type { Collection } from '../db/collection';
import { notFound } from './problem';
import type { Caller } from './sessions';

/**
 * The brand a caller is confined to, or null for platform staff who may read every brand.
 * Always from the session, never from the request, so no query parameter can widen it.
 */
export const brandScopeOf = ({ user }: Caller): string | null =>
  user.role === 'moderator' ? null : (user.brandId ?? 'no-brand');

export function withinScope<T>(caller: Caller, rows: readonly T[], brandOf: (row: T) => string): T[] {
  const scope = brandScopeOf(caller);
  return scope === null ? [...rows] : rows.filter((row) => brandOf(row) === scope);
}

/** Another brand's record answers exactly like a missing one: 404, so its existence never leaks. */
export function findWithinScope<T extends { id: string }>(
  caller: Caller,
  collection: Collection<T>,
  id: string,
  brandOf: (row: T) => string,
  what: string,
): T {
  const row = collection.find(id);
  const scope = brandScopeOf(caller);
  if (!row || (scope !== null && brandOf(row) !== scope)) throw notFound(what);
  return row;
}
