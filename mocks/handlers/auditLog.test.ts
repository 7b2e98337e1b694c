// @vitest-environment node
import type { AuditEntry, ListResponse } from '../../src/api';
import { db } from '../db/store';
import { bodyOf, call, problemOf, signIn } from '../testing/client';

const writes = [
  { method: 'POST', path: '/audit-log' },
  { method: 'PATCH', path: '/audit-log/audit-000001' },
  { method: 'PUT', path: '/audit-log/audit-000001' },
  { method: 'DELETE', path: '/audit-log/audit-000001' },
];

describe('the audit log', () => {
  it('lists the seeded history newest first, searchable and filtered by action', async () => {
    const token = await signIn('moderator@red.example');
    const log = await bodyOf<ListResponse<AuditEntry>>(await call('/audit-log', { token }));
    expect(log.total).toBe(6);
    const times = log.data.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
    const rejections = await bodyOf<ListResponse<AuditEntry>>(
      await call('/audit-log?action=moderation.reject', { token }),
    );
    expect(rejections.total).toBe(3);
    const found = await bodyOf<ListResponse<AuditEntry>>(await call('/audit-log?q=杏仁卸妆油', { token }));
    expect(found.data).toEqual([
      expect.objectContaining({ action: 'moderation.reject', reason: expect.stringMatching(/^R-MED-W: /) }),
    ]);
    const one = await call(`/audit-log/${found.data[0].id}`, { token });
    expect(await bodyOf<AuditEntry>(one)).toEqual(found.data[0]);
    expect((await call('/audit-log/audit-999999', { token })).status).toBe(404);
  });

  it('cannot be changed: 405 for moderators, 403 for everyone else, and nothing moves', async () => {
    const before = structuredClone(db.auditLog.all());
    const moderator = await signIn('moderator@red.example');
    const brand = await signIn('admin@lumiere.example');
    for (const { method, path } of writes) {
      const body = method === 'DELETE' ? undefined : { reason: 'tampered' };
      const asModerator = await call(path, { token: moderator, method, body });
      expect(asModerator.status, `${method} ${path}`).toBe(405);
      expect((await problemOf(asModerator)).status).toBe(405);
      expect((await call(path, { token: brand, method, body })).status, `${method} ${path}`).toBe(403);
    }
    expect(db.auditLog.all()).toEqual(before);
  });

  it('is closed to brand roles', async () => {
    for (const email of ['admin@lumiere.example', 'marketer@lumiere.example', 'agent@lumiere.example']) {
      expect((await call('/audit-log', { token: await signIn(email) })).status).toBe(403);
    }
  });
});
