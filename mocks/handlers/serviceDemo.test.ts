// @vitest-environment node
import type { Conversation, Message } from '../../src/api';
import { buyerLines } from '../lib/buyerMessages';
import { resetPlatform } from '../node';
import { bodyOf, call, signIn } from '../testing/client';

beforeEach(() => {
  resetPlatform();
});

const buyerWrites = (body: object) => call('/__platform/buyer-messages', { method: 'POST', body });

describe('demo buyers', () => {
  it('make the conversation’s buyer write, which reopens it and starts the clock again', async () => {
    const token = await signIn('agent@lumiere.example');
    const agentReply = await fetch('http://localhost/api/v1/conversations/conv-lumiere-0001/messages', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': 'k1',
      },
      body: JSON.stringify({ body: '已为您查询' }),
    });
    expect(agentReply.status).toBe(201);
    const before = await bodyOf<Conversation>(await call('/conversations/conv-lumiere-0001', { token }));
    expect(before.waitingSince).toBeNull();

    const written = await buyerWrites({ conversationId: 'conv-lumiere-0001', body: '谢谢！' });
    expect(written.status).toBe(201);
    expect(await bodyOf<Message>(written)).toMatchObject({
      author: 'buyer',
      authorName: '小鹿Lulu',
      body: '谢谢！',
    });
    const after = await bodyOf<Conversation>(await call('/conversations/conv-lumiere-0001', { token }));
    expect(after).toMatchObject({
      unreadCount: before.unreadCount + 1,
      status: 'open',
      version: before.version,
    });
    expect(after.waitingSince).not.toBeNull();
  });

  it('picks an open Lumière conversation and a stock line when told nothing', async () => {
    const message = await bodyOf<Message>(await buyerWrites({}));
    expect(message).toMatchObject({ brandId: 'brand-lumiere', author: 'buyer' });
    expect(buyerLines).toContain(message.body);
  });

  it('answers 404 for a conversation that does not exist', async () => {
    expect((await buyerWrites({ conversationId: 'conv-nowhere' })).status).toBe(404);
  });
});
