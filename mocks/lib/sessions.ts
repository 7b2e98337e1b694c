import type { Session } from '../../src/api';
import { db } from '../db/store';
import type { PlatformUser, SessionRecord } from '../db/types';
import { unauthorized } from './problem';

const DEFAULT_TTL_SECONDS = 8 * 3600;
let ttlSeconds = DEFAULT_TTL_SECONDS;

/** Applies to sessions started from now on; running sessions keep their expiry. */
export const setSessionTtl = (seconds: number) => {
  ttlSeconds = seconds;
};
export const resetSessionTtl = () => setSessionTtl(DEFAULT_TTL_SECONDS);

export interface Caller {
  user: PlatformUser;
  session: SessionRecord;
}

const randomToken = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
};

export function startSession(user: PlatformUser): SessionRecord {
  const now = Date.now();
  return db.sessions.insert({
    id: randomToken(),
    userId: user.id,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + ttlSeconds * 1000).toISOString(),
  });
}

export function toSession(session: SessionRecord, user: PlatformUser): Session {
  const brand = user.brandId ? db.brands.find(user.brandId) : undefined;
  return {
    token: session.id,
    expiresAt: session.expiresAt,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      brandId: user.brandId,
      brandName: brand?.name ?? null,
      brandNameEn: brand?.nameEn ?? null,
    },
  };
}

const bearerToken = (request: Request): string | undefined =>
  /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1];

/** The caller behind the bearer token, or 401. A member deactivated mid-session is out at once. */
export function authenticate(request: Request): Caller {
  const token = bearerToken(request);
  const session = token ? db.sessions.find(token) : undefined;
  if (!session || Date.parse(session.expiresAt) <= Date.now()) throw unauthorized();
  const user = db.users.find(session.userId);
  if (!user || user.status !== 'active') throw unauthorized();
  return { user, session };
}

export function expireAllSessions(): number {
  const past = new Date(Date.now() - 1000).toISOString();
  const sessions = db.sessions.all();
  for (const session of [...sessions]) db.sessions.save({ ...session, expiresAt: past });
  return sessions.length;
}

export function revokeSessionsOf(userId: string): void {
  for (const session of db.sessions.all().filter((s) => s.userId === userId)) db.sessions.remove(session.id);
}
