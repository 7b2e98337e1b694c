import type { Identifier } from 'react-admin';

/**
 * Unsaved form values per user and record, in localStorage so they survive a reload and the trip to the
 * sign-in page when the session expires. The user id is part of the key so a shared browser never shows
 * one person's draft to another.
 */
type DraftValues = Record<string, unknown>;

export const draftKey = (userId: Identifier, resource: string, recordId?: Identifier | null): string =>
  `red.draft.${userId}.${resource}.${recordId ?? 'new'}`;

export function readDraft(key: string): DraftValues | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as DraftValues)
      : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, values: DraftValues): void {
  try {
    localStorage.setItem(key, JSON.stringify(values));
  } catch {
    // A full or disabled storage must never break typing; the draft is a safety net, not the save.
  }
}

export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // See writeDraft.
  }
}

/** For code that saves outside a form (e.g. a custom mutation): forget the user's draft of that record. */
export const clearDraft = (userId: Identifier, resource: string, recordId?: Identifier | null): void =>
  removeDraft(draftKey(userId, resource, recordId));

/** Key-order-insensitive comparison of two plain JSON values. */
export function sameValues(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => x.localeCompare(y)))
      : inner,
  ) ?? '';
