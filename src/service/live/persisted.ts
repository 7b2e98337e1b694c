import type { z } from 'zod';
import { sessionStore } from '../../api/sessionStore';

/** Who is signed in, read at once (no async identity): drafts and the outbox are kept per user. */
export const signedInUserId = (): string | null => sessionStore.read()?.user.id ?? null;

/** A value kept in localStorage; anything unreadable or not matching `schema` reads as absent. */
export function readStored<T>(key: string, schema: z.ZodType<T>): T | null {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return null;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes (or with null removes) a value; a full or blocked storage only loses the copy, never the session. */
export function writeStored(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or quota: the value still lives in memory for this page.
  }
}
