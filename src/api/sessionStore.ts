import { sessionSchema, type Session } from './schemas/session';

const KEY = 'red.session';

/** The signed-in session, kept per browser so a reload stays signed in until the token expires. */
export const sessionStore = {
  read(): Session | null {
    try {
      const raw = localStorage.getItem(KEY);
      if (!raw) return null;
      const parsed = sessionSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  },
  write(session: Session): void {
    localStorage.setItem(KEY, JSON.stringify(session));
  },
  clear(): void {
    localStorage.removeItem(KEY);
  },
  isExpired(session: Session, now: number = Date.now()): boolean {
    return Date.parse(session.expiresAt) <= now;
  },
};
