import type { RaRecord } from 'react-admin';
import { sameValues } from './draftStorage';

/** Bookkeeping fields the platform owns; they always differ after someone else saves and mean nothing to a person. */
const META_FIELDS = new Set(['id', 'version', 'createdAt', 'updatedAt', 'brandId']);

type Values = Record<string, unknown>;

export interface FieldDifference {
  field: string;
  yours: unknown;
  theirs: unknown;
  /** Whether this person changed the field (else only the other person did). */
  changedByYou: boolean;
}

const comparable = (values: Values, fields?: readonly string[]) =>
  (fields ?? Object.keys(values)).filter((field) => !META_FIELDS.has(field));

/** The fields whose value in the form differs from the record now on the platform. */
export function conflictDiff(
  yours: Values,
  original: Values,
  theirs: RaRecord,
  fields?: readonly string[],
): FieldDifference[] {
  return comparable(yours, fields)
    .filter((field) => !sameValues(yours[field] ?? null, theirs[field] ?? null))
    .map((field) => ({
      field,
      yours: yours[field],
      theirs: theirs[field],
      changedByYou: !sameValues(yours[field] ?? null, original[field] ?? null),
    }));
}

/**
 * "Keep my changes" keeps what this person changed; fields they did not touch take the other version, so
 * their save never quietly reverts someone else's edit of a field they never looked at.
 */
export const theirsForUntouched = (differences: FieldDifference[]): Values =>
  Object.fromEntries(differences.filter((d) => !d.changedByYou).map((d) => [d.field, d.theirs]));
