// @vitest-environment node
import type { Conversation, Message, MessagePage } from '../../src/api';
import { resetPlatform } from '../node';
import { bodyOf, call, problemOf, signIn } from '../testing/client';

beforeEach(() => {
  resetPlatform();
});

interface Send {
  token: string;
  body: Record<string, unknown>;
  key?: string | null;
}

function send(conversationId: string, { token, body, key = crypto.randomUUID() }: Send) {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    'Content-Type': 'application/json',
  };
  if (key) headers['Idempotency-Key'] = key;
  return fetch(`http://localhost/api/v1/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
}

const pageOf = async (token: string, conversationId: string, query = '') =>
  bodyOf<MessagePage>(await call(`/conversations/${conversationId}/messages${query}`, { token }));
const conversationAs = async (token: string, id: string) =>
  bodyOf<Conversation>(await call(`/conversations/${id}`, { token }));

describe('replies', () => {
  it('lets only the assignee reply, and answers the waiting buyer', async () => {
    const colleague = await signIn('mei.chen@lumiere.example');
    const refused = await send('conv-lumiere-0001', { token: colleague, body: { body: '您好' } });
    expect(await problemOf(refused)).toMatchObject({ status: 403, code: 'conversations.not_assignee' });

    const agent = await signIn('agent@lumiere.example');
    const sent = await send('conv-lumiere-0001', { token: agent, body: { body: '您好，今天发货。' } });
    expect(sent.status).toBe(201);
    expect(await bodyOf<Message>(sent)).toMatchObject({
      author: 'agent',
      authorName: '林佳怡',
      internal: false,
    });
    expect(await conversationAs(agent, 'conv-lumiere-0001')).toMatchObject({
      waitingSince: null,
      lastMessageAuthor: 'agent',
      lastMessagePreview: '您好，今天发货。',
    });
  });

  it('takes an unassigned conversation with the first reply', async () => {
    const token = await signIn('mei.chen@lumiere.example');
    const before = await conversationAs(token, 'conv-lumiere-0002');
    expect((await send('conv-lumiere-0002', { token, body: { body: 'Hi Mia!' } })).status).toBe(201);
    expect(await conversationAs(token, 'conv-lumiere-0002')).toMatchObject({
      assigneeId: 'user-lumiere-agent2',
      version: before.version + 1,
      waitingSince: null,
    });
  });

  it('lets any teammate leave a note, which changes nothing buyers see', async () => {
    const token = await signIn('mei.chen@lumiere.example');
    const before = await conversationAs(token, 'conv-lumiere-0001');
    const note = await send('conv-lumiere-0001', {
      token,
      body: { body: '她上次说过全网第一', internal: true },
    });
    expect(note.status).toBe(201);
    expect(await conversationAs(token, 'conv-lumiere-0001')).toEqual(before);
  });

  it('sends a reply once however often it is retried with its key', async () => {
    const token = await signIn('agent@lumiere.example');
    const key = 'reply-key-1';
    const first = await send('conv-lumiere-0001', { token, key, body: { body: '马上查一下' } });
    const again = await send('conv-lumiere-0001', { token, key, body: { body: '马上查一下' } });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect((await bodyOf<Message>(again)).id).toBe((await bodyOf<Message>(first)).id);
    const page = await pageOf(token, 'conv-lumiere-0001');
    expect(page.data.filter((message) => message.idempotencyKey === key)).toHaveLength(1);
    const keyless = await send('conv-lumiere-0001', { token, key: null, body: { body: '马上查一下' } });
    expect(keyless.status).toBe(400);
  });

  it.each(['我们的精华全网第一', 'This serum is No.1 in France'])(
    'refuses the banned claim in "%s"',
    async (text) => {
      const token = await signIn('agent@lumiere.example');
      const problem = await problemOf(await send('conv-lumiere-0001', { token, body: { body: text } }));
      expect(problem).toMatchObject({
        status: 422,
        code: 'claims.blocked',
        errors: { body: 'claims.blocked_field' },
      });
      expect(problem.findings?.body?.length).toBeGreaterThan(0);
    },
  );

  it('sends order and product cards of the brand only', async () => {
    const token = await signIn('mei.chen@lumiere.example');
    const order = await send('conv-lumiere-0002', {
      token,
      body: { kind: 'order', orderId: 'order-lumiere-0002' },
    });
    expect(await bodyOf<Message>(order)).toMatchObject({
      kind: 'order',
      order: { orderId: 'order-lumiere-0002', number: 'RED2611200002' },
    });
    const product = await send('conv-lumiere-0002', {
      token,
      body: { kind: 'product', productId: 'prod-lumiere-0001' },
    });
    expect(await bodyOf<Message>(product)).toMatchObject({
      kind: 'product',
      product: { productId: 'prod-lumiere-0001' },
    });
    const foreign = await send('conv-lumiere-0002', {
      token,
      body: { kind: 'product', productId: 'prod-kiwivital-0001' },
    });
    expect(await problemOf(foreign)).toMatchObject({
      status: 422,
      errors: { productId: 'conversations.unknown_product' },
    });
  });
});

describe('the thread', () => {
  it('pages back through 500 messages, oldest first within a page', async () => {
    const token = await signIn('agent@lumiere.example');
    const newest = await pageOf(token, 'conv-lumiere-0001');
    expect(newest).toMatchObject({ total: 500, hasMore: true });
    expect(newest.data).toHaveLength(100);
    expect(newest.data[0].createdAt <= newest.data[99].createdAt).toBe(true);
    const older = await pageOf(token, 'conv-lumiere-0001', `?before=${newest.data[0].id}&limit=200`);
    expect(older.data).toHaveLength(200);
    expect(older.data[199].createdAt <= newest.data[0].createdAt).toBe(true);
    const oldest = await pageOf(token, 'conv-lumiere-0001', `?before=${older.data[0].id}&limit=200`);
    expect(oldest).toMatchObject({ hasMore: false });
    expect(oldest.data).toHaveLength(200);
    // Pages neither overlap nor skip: together they are the whole thread.
    const ids = new Set([...oldest.data, ...older.data, ...newest.data].map((message) => message.id));
    expect(ids.size).toBe(500);
    expect((await call('/conversations/conv-lumiere-0001/messages?limit=500', { token })).status).toBe(400);
  });
});
