import { http } from 'msw';
import { teamInviteSchema, teamMemberSchema, teamMemberUpdateSchema, type TeamMember } from '../../src/api';
import { db } from '../db/store';
import type { PlatformUser } from '../db/types';
import { parseBody, parseChanges } from '../lib/body';
import { listRecords, type ListOptions } from '../lib/listQuery';
import { conflict, notFound, validationFailed } from '../lib/problem';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';
import { brandScopeOf, findWithinScope } from '../lib/scope';
import { revokeSessionsOf, type Caller } from '../lib/sessions';

const listOptions: ListOptions<TeamMember> = {
  fields: teamMemberSchema.keyof().options,
  searchFields: ['name', 'email'],
};

/** A brand's team is its staff as the console sees them: no password, and only brand roles. */
const toTeamMember = (user: PlatformUser): TeamMember =>
  teamMemberSchema.parse({ ...user, brandId: user.brandId ?? '' });

const isTeamMember = (user: PlatformUser) => user.brandId !== null && user.role !== 'moderator';
const brandOf = (user: PlatformUser) => user.brandId ?? '';

function teamOf(caller: Caller): PlatformUser[] {
  const scope = brandScopeOf(caller);
  return db.users.all().filter((user) => isTeamMember(user) && (scope === null || user.brandId === scope));
}

function findMember(caller: Caller, id: string): PlatformUser {
  const user = findWithinScope(caller, db.users, id, brandOf, 'team member');
  if (!isTeamMember(user)) throw notFound('team member');
  return user;
}

const nowIso = () => new Date().toISOString();

export const teamHandlers = [
  http.get(
    apiPath('/team'),
    route('team', 'list', ({ caller, url }) =>
      json(listRecords(teamOf(caller).map(toTeamMember), url.searchParams, listOptions)),
    ),
  ),
  http.get(
    apiPath('/team/:id'),
    route('team', 'show', ({ caller, params }) => json(toTeamMember(findMember(caller, params.id)))),
  ),
  http.post(
    apiPath('/team'),
    route('team', 'create', async ({ caller, request }) => {
      const invite = await parseBody(request, teamInviteSchema);
      // Emails sign people in, so they are unique across the whole platform, not per brand.
      if (db.users.findBy((user) => user.email === invite.email)) {
        throw validationFailed({ email: 'team.errors.email_taken' });
      }
      const now = nowIso();
      const member = db.users.insert({
        ...invite,
        id: `user-${crypto.randomUUID()}`,
        version: 1,
        createdAt: now,
        updatedAt: now,
        brandId: caller.user.brandId,
        status: 'invited',
        password: null,
        lastSignInAt: null,
      });
      return json(toTeamMember(member), 201);
    }),
  ),
  http.patch(
    apiPath('/team/:id'),
    route('team', 'edit', async ({ caller, params, request }) => {
      const stored = findMember(caller, params.id);
      const { version, ...changes } = await parseChanges(request, teamMemberUpdateSchema);
      if (version !== stored.version) throw conflict(toTeamMember(stored));
      if (stored.id === caller.user.id) {
        // An admin who could demote or deactivate themself could leave a brand with no admin.
        const errors: Record<string, string> = {};
        if (changes.status !== undefined && changes.status !== stored.status)
          errors.status = 'team.errors.not_yourself';
        if (changes.role !== undefined && changes.role !== stored.role)
          errors.role = 'team.errors.not_yourself';
        if (Object.keys(errors).length > 0) throw validationFailed(errors);
      }
      const updated = db.users.save({
        ...stored,
        ...changes,
        version: stored.version + 1,
        updatedAt: nowIso(),
      });
      if (updated.status === 'deactivated') revokeSessionsOf(updated.id);
      return json(toTeamMember(updated));
    }),
  ),
  http.delete(apiPath('/team/:id'), unsupportedRoute('team', 'delete')),
];
