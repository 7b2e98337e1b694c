// @vitest-environment node
import type { ListResponse, TeamMember } from '../../src/api';
import { resetPlatform } from '../node';
import { bodyOf, call, problemOf, signIn, signInRequest } from '../testing/client';

beforeEach(() => resetPlatform());

const memberAs = async (token: string, id: string) =>
  bodyOf<TeamMember>(await call(`/team/${id}`, { token }));

describe('the team', () => {
  it('lists only the caller’s brand, filtered by role and searched by name or email', async () => {
    const token = await signIn('admin@lumiere.example');
    const all = await bodyOf<ListResponse<TeamMember>>(await call('/team?perPage=100', { token }));
    expect(all.total).toBe(6);
    expect(all.data.every((member) => member.brandId === 'brand-lumiere')).toBe(true);
    expect(all.data.some((member) => 'password' in member)).toBe(false);
    const agents = await bodyOf<ListResponse<TeamMember>>(await call('/team?role=cs_agent', { token }));
    expect(agents.total).toBe(2);
    const found = await bodyOf<ListResponse<TeamMember>>(await call('/team?q=CAMILLE', { token }));
    expect(found.data.map((member) => member.email)).toEqual(['admin@lumiere.example']);
  });

  it('invites a member, who starts as invited', async () => {
    const token = await signIn('admin@yunshan.example');
    const body = { email: 'New.Hire@yunshan.example', name: '张晨', role: 'cs_agent' };
    const response = await call('/team', { token, method: 'POST', body });
    expect(response.status).toBe(201);
    expect(await bodyOf<TeamMember>(response)).toMatchObject({
      email: 'new.hire@yunshan.example',
      status: 'invited',
      brandId: 'brand-yunshan',
      version: 1,
    });
  });

  it('refuses an email already used anywhere on the platform', async () => {
    const token = await signIn('admin@yunshan.example');
    const body = { email: 'admin@lumiere.example', name: 'Copy', role: 'cs_agent' };
    const problem = await problemOf(await call('/team', { token, method: 'POST', body }));
    expect(problem).toMatchObject({ status: 422, errors: { email: 'team.errors.email_taken' } });
  });

  it('refuses to let an admin deactivate or demote themself', async () => {
    const token = await signIn('admin@lumiere.example');
    const me = await memberAs(token, 'user-lumiere-admin');
    const body = { version: me.version, status: 'deactivated', role: 'cs_agent' };
    const problem = await problemOf(await call('/team/user-lumiere-admin', { token, method: 'PATCH', body }));
    expect(problem).toMatchObject({
      status: 422,
      errors: { status: 'team.errors.not_yourself', role: 'team.errors.not_yourself' },
    });
  });

  it('signs a deactivated member out and refuses their next sign-in', async () => {
    const adminToken = await signIn('admin@lumiere.example');
    const agentToken = await signIn('agent@lumiere.example');
    const agent = await memberAs(adminToken, 'user-lumiere-agent');
    const body = { version: agent.version, status: 'deactivated' };
    const response = await call('/team/user-lumiere-agent', { token: adminToken, method: 'PATCH', body });
    expect(response.status).toBe(200);
    expect(await bodyOf<TeamMember>(response)).toMatchObject({
      status: 'deactivated',
      version: agent.version + 1,
    });
    expect((await call('/products', { token: agentToken })).status).toBe(401);
    expect((await signInRequest('agent@lumiere.example')).status).toBe(403);
  });

  it('answers 409 for a stale version and 404 for another brand’s member', async () => {
    const token = await signIn('admin@lumiere.example');
    const stale = await call('/team/user-lumiere-agent', {
      token,
      method: 'PATCH',
      body: { version: 0, name: 'X' },
    });
    expect(stale.status).toBe(409);
    expect((await problemOf(stale)).current).toMatchObject({ id: 'user-lumiere-agent' });
    expect((await call('/team/user-kiwivital-admin', { token })).status).toBe(404);
  });

  it('is closed to a marketer (403)', async () => {
    const token = await signIn('marketer@lumiere.example');
    const response = await call('/team', { token });
    expect(response.status).toBe(403);
    expect((await problemOf(response)).code).toBe('errors.forbidden');
  });
});
