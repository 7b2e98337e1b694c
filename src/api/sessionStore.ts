import { sessionSchema, type Session } from './schemas/session';

const KEY = 'red.session';

const parse = (raw: string | null): Session | null => {
  if (!raw) return null;
  try {
    const parsed = sessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/**
 * The signed-in session. Each tab keeps its own (sessionStorage), so an agent and their admin can
 * work side by side in two windows of one browser, as customer-service teams do; a new tab starts
 * with the browser's latest sign-in (localStorage), and a reload stays signed in until the token expires.
 */
export const sessionStore = {
  read(): Session | null {
    try {
      const own = parse(sessionStorage.getItem(KEY));
      if (own) return own;
      const latest = parse(localStorage.getItem(KEY));
      if (latest) sessionStorage.setItem(KEY, JSON.stringify(latest));
      return latest;
    } catch {
      return null;
    }
  },
  write(session: Session): void {
    const text = JSON.stringify(session);
    sessionStorage.setItem(KEY, text);
    localStorage.setItem(KEY, text);
  },
  /** Forgets this tab's session, and the browser's latest only when it is the same one. */
  clear(): void {
    const own = parse(sessionStorage.getItem(KEY));
    sessionStorage.removeItem(KEY);
    const latest = parse(localStorage.getItem(KEY));
    if (!own || !latest || latest.token === own.token) localStorage.removeItem(KEY);
  },
  isExpired(session: Session, now: number = Date.now()): boolean {
    return Date.parse(session.expiresAt) <= now;
  },
};
