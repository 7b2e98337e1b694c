// @vitest-environment node
import type { Conversation, ListResponse, MessagePage, ReplyLogEntry, ServiceAgent } from '../../src/api';
import { db } from '../db/store';
import { resetPlatform } from '../node';
import { bodyOf, call, problemOf, signIn } from '../testing/client';

beforeEach(() => {
  resetPlatform();
});

const list = async (token: string, query: string) =>
  bodyOf<ListResponse<Conversation>>(await call(`/conversations?${query}`, { token }));
const conversationAs = async (token: string, id: string) =>
  bodyOf<Conversation>(await call(`/conversations/${id}`, { token }));

describe('the inbox views', () => {
  it('shows an agent only their brand, newest first, in the view they ask for', async () => {
    const token = await signIn('agent@lumiere.example');
    const all = await list(token, 'view=all&perPage=100');
    expect(all.data.every((row) => row.brandId === 'brand-lumiere')).toBe(true);
    const times = all.data.map((row) => row.lastMessageAt);
    expect(times).toEqual([...times].sort().reverse());
    const mine = await list(token, 'view=mine&perPage=100');
    expect(mine.data.map((row) => row.id)).toContain('conv-lumiere-0001');
    expect(mine.data.every((row) => row.assigneeId === 'user-lumiere-agent')).toBe(true);
    const unassigned = await list(token, 'view=unassigned&status=open&perPage=100');
    expect(unassigned.data.map((row) => row.id)).toContain('conv-lumiere-0002');
    expect(unassigned.data.every((row) => row.assigneeId === null && row.status === 'open')).toBe(true);
  });

  it('lists as breaching those waiting past (or in the last minute of) their 3 service minutes', async () => {
    const stored = db.conversations.find('conv-lumiere-0002');
    if (!stored) throw new Error('seed is missing conv-lumiere-0002');
    // Two days back holds at least a whole service day, whatever the hour the test runs at.
    db.conversations.save({ ...stored, waitingSince: new Date(Date.now() - 2 * 86_400_000).toISOString() });
    const token = await signIn('agent@lumiere.example');
    const breaching = await list(token, 'view=breaching&perPage=100');
    expect(breaching.data.map((row) => row.id)).toContain('conv-lumiere-0002');
    expect(breaching.data.every((row) => row.waitingSince !== null)).toBe(true);
  });

  it('finds a conversation by buyer name or by the number of its order', async () => {
    const token = await signIn('agent@lumiere.example');
    expect((await list(token, 'q=mia')).data.map((row) => row.id)).toContain('conv-lumiere-0002');
    expect((await list(token, 'q=RED2611200002')).data.map((row) => row.id)).toEqual(['conv-lumiere-0002']);
  });

  it('answers another brand’s conversation like a missing one and never lists it', async () => {
    const token = await signIn('agent@kiwivital.example');
    const all = await list(token, 'perPage=100');
    expect(all.data.some((row) => row.brandId !== 'brand-kiwivital')).toBe(false);
    expect(all.data.map((row) => row.id)).toContain('conv-kiwivital-0001');
    expect((await call('/conversations/conv-lumiere-0001', { token })).status).toBe(404);
    const write = await call('/conversations/conv-lumiere-0002/assign', {
      token,
      method: 'POST',
      body: { version: 1, assigneeId: 'user-kiwivital-agent' },
    });
    expect(write.status).toBe(404);
  });

  it('lets marketers read but not change anything, and keeps moderators out', async () => {
    const token = await signIn('marketer@lumiere.example');
    expect((await call('/conversations', { token })).status).toBe(200);
    const writes = [
      ['/conversations/conv-lumiere-0002/assign', { version: 1, assigneeId: null }],
      ['/conversations/conv-lumiere-0002/status', { version: 1, status: 'resolved' }],
      ['/conversations/conv-lumiere-0002/read', {}],
      ['/conversations/conv-lumiere-0002/presence', { state: 'viewing' }],
    ] as const;
    for (const [path, body] of writes) {
      const problem = await problemOf(await call(path, { token, method: 'POST', body }));
      expect(problem).toMatchObject({ status: 403, code: 'errors.forbidden' });
    }
    const moderator = await signIn('moderator@red.example');
    expect((await call('/conversations', { token: moderator })).status).toBe(403);
  });
});

describe('assignment and status', () => {
  it('takes a conversation, records it in the thread for staff, and refuses a stale version', async () => {
    const token = await signIn('agent@lumiere.example');
    const before = await conversationAs(token, 'conv-lumiere-0002');
    const body = { version: before.version, assigneeId: 'user-lumiere-agent' };
    const taken = await call('/conversations/conv-lumiere-0002/assign', { token, method: 'POST', body });
    expect(await bodyOf<Conversation>(taken)).toMatchObject({
      assigneeId: 'user-lumiere-agent',
      assigneeName: '林佳怡',
      version: before.version + 1,
    });
    const page = await bodyOf<MessagePage>(
      await call('/conversations/conv-lumiere-0002/messages', { token }),
    );
    expect(page.data.at(-1)).toMatchObject({ author: 'system', internal: true });
    expect(page.data.at(-1)?.body).toContain('林佳怡 took the conversation');

    const colleague = await signIn('mei.chen@lumiere.example');
    const stale = await call('/conversations/conv-lumiere-0002/assign', {
      token: colleague,
      method: 'POST',
      body: { version: before.version, assigneeId: 'user-lumiere-agent2' },
    });
    expect(stale.status).toBe(409);
    expect((await problemOf(stale)).current).toMatchObject({ assigneeId: 'user-lumiere-agent' });
  });

  it('hands a conversation to a teammate but not to a marketer or another brand’s agent', async () => {
    const token = await signIn('admin@lumiere.example');
    const { version } = await conversationAs(token, 'conv-lumiere-0002');
    for (const assigneeId of ['user-lumiere-marketer', 'user-kiwivital-agent']) {
      const refused = await call('/conversations/conv-lumiere-0002/assign', {
        token,
        method: 'POST',
        body: { version, assigneeId },
      });
      expect(await problemOf(refused)).toMatchObject({
        status: 422,
        errors: { assigneeId: 'conversations.assignee_not_staff' },
      });
    }
    const handed = await call('/conversations/conv-lumiere-0002/assign', {
      token,
      method: 'POST',
      body: { version, assigneeId: 'user-lumiere-agent2' },
    });
    expect(await bodyOf<Conversation>(handed)).toMatchObject({ assigneeName: '陈美' });
    const agents = await bodyOf<ServiceAgent[]>(await call('/service/agents', { token }));
    expect(agents.map((agent) => agent.id).sort()).toEqual([
      'user-lumiere-admin',
      'user-lumiere-agent',
      'user-lumiere-agent2',
    ]);
  });

  it('snoozes until a future time, resolves, and marks read without a new version', async () => {
    const token = await signIn('agent@lumiere.example');
    const { version } = await conversationAs(token, 'conv-lumiere-0001');
    const past = await call('/conversations/conv-lumiere-0001/status', {
      token,
      method: 'POST',
      body: { version, status: 'snoozed', snoozedUntil: new Date(Date.now() - 1000).toISOString() },
    });
    expect(await problemOf(past)).toMatchObject({ errors: { snoozedUntil: 'conversations.snooze_in_past' } });
    const until = new Date(Date.now() + 3_600_000).toISOString();
    const snoozed = await call('/conversations/conv-lumiere-0001/status', {
      token,
      method: 'POST',
      body: { version, status: 'snoozed', snoozedUntil: until },
    });
    expect(await bodyOf<Conversation>(snoozed)).toMatchObject({
      status: 'snoozed',
      snoozedUntil: until,
      version: version + 1,
    });
    const read = await bodyOf<Conversation>(
      await call('/conversations/conv-lumiere-0001/read', { token, method: 'POST', body: {} }),
    );
    expect(read).toMatchObject({ unreadCount: 0, version: version + 1 });
  });

  it('opens a snoozed conversation again once its snooze is over', async () => {
    const token = await signIn('agent@lumiere.example');
    const { version } = await conversationAs(token, 'conv-lumiere-0001');
    const until = new Date(Date.now() + 3_600_000).toISOString();
    await call('/conversations/conv-lumiere-0001/status', {
      token,
      method: 'POST',
      body: { version, status: 'snoozed', snoozedUntil: until },
    });
    vi.useFakeTimers({ now: Date.parse(until) + 1000, toFake: ['Date'] });
    try {
      expect(await conversationAs(token, 'conv-lumiere-0001')).toMatchObject({
        status: 'open',
        snoozedUntil: null,
        version: version + 2,
      });
      const snoozedNow = await list(token, 'view=all&status=snoozed&perPage=100');
      expect(snoozedNow.data.every((row) => Date.parse(row.snoozedUntil ?? '') > Date.now())).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the reply log to the brand and the period asked for', async () => {
    const token = await signIn('agent@lumiere.example');
    const from = new Date(Date.now() - 10 * 60_000).toISOString();
    const to = new Date().toISOString();
    const log = await bodyOf<{ data: ReplyLogEntry[] }>(
      await call(`/service/reply-log?from=${from}&to=${to}`, { token }),
    );
    expect(log.data.length).toBeGreaterThan(0);
    expect(log.data.every((entry) => entry.at >= from && entry.at <= to)).toBe(true);
    const bad = await call('/service/reply-log?from=yesterday', { token });
    expect(bad.status).toBe(422);
  });
});
