import { http } from 'msw';
import { loginRequestSchema } from '../../src/api';
import { db } from '../db/store';
import type { PlatformUser } from '../db/types';
import { parseBody } from '../lib/body';
import { problem } from '../lib/problem';
import { apiPath, json, noContent, publicRoute, signedInRoute } from '../lib/route';
import { startSession, toSession } from '../lib/sessions';

const MAX_FAILURES = 5;
const LOCK_MS = 15 * 60_000;

function lockedUntil(email: string): number {
  const until = db.signInFailures.find(email)?.lockedUntil;
  return until ? Date.parse(until) : 0;
}

/** Counts a failure; the fifth in a row locks the account for 15 minutes. */
function recordFailure(email: string): void {
  const previous = db.signInFailures.find(email);
  // A lock that has run out starts the count again.
  const count = previous && !previous.lockedUntil ? previous.count + 1 : 1;
  const locked = count >= MAX_FAILURES;
  db.signInFailures.save({
    id: email,
    count: locked ? 0 : count,
    lockedUntil: locked ? new Date(Date.now() + LOCK_MS).toISOString() : null,
  });
}

function checkCredentials(user: PlatformUser, password: string): void {
  if (lockedUntil(user.email) > Date.now()) {
    throw problem(423, 'auth.locked', 'Too many failed sign-ins: this account is locked for 15 minutes.');
  }
  if (user.password === null || user.password !== password) {
    recordFailure(user.email);
    throw problem(401, 'auth.wrong_password', 'The password is not right.');
  }
  // Checked after the password, so only someone who knows it learns the account is deactivated.
  if (user.status === 'deactivated') {
    throw problem(403, 'auth.deactivated', 'This team member has been deactivated by the brand admin.');
  }
}

export const sessionHandlers = [
  http.post(
    apiPath('/session'),
    publicRoute(async ({ request }) => {
      const { email, password } = await parseBody(request, loginRequestSchema);
      const user = db.users.findBy((candidate) => candidate.email === email);
      if (!user) throw problem(401, 'auth.unknown_user', 'No account uses this email.');
      checkCredentials(user, password);
      db.signInFailures.remove(email);
      const signedIn = db.users.save({ ...user, lastSignInAt: new Date().toISOString() });
      return json(toSession(startSession(signedIn), signedIn), 201);
    }),
  ),
  http.get(
    apiPath('/session'),
    signedInRoute(({ caller }) => json(toSession(caller.session, caller.user))),
  ),
  http.delete(
    apiPath('/session'),
    signedInRoute(({ caller }) => {
      db.sessions.remove(caller.session.id);
      return noContent();
    }),
  ),
];
