import {
  discard,
  enqueue,
  markInterrupted,
  markRefused,
  markSending,
  markSent,
  queuedFor,
  readyToSend,
  retryWith,
  type SendQueue,
} from './sendQueue';

const typed = (key: string, conversationId = 'c1', body = `reply ${key}`) => ({
  key,
  conversationId,
  body,
  internal: false,
  queuedAt: 0,
});

const keys = (replies: readonly { key: string }[]) => replies.map((reply) => reply.key);

describe('the offline send queue', () => {
  it('sends the oldest reply of each conversation first', () => {
    let queue: SendQueue = [];
    queue = enqueue(queue, typed('a1', 'c1'));
    queue = enqueue(queue, typed('a2', 'c1'));
    queue = enqueue(queue, typed('b1', 'c2'));
    expect(keys(readyToSend(queue))).toEqual(['a1', 'b1']);
  });

  it('holds the next reply of a conversation while the one before is in flight', () => {
    let queue = enqueue(enqueue([], typed('a1')), typed('a2'));
    queue = markSending(queue, 'a1');
    expect(readyToSend(queue)).toEqual([]);
    queue = markSent(queue, 'a1');
    expect(keys(readyToSend(queue))).toEqual(['a2']);
  });

  it('queues a reply once however often it is enqueued with the same key', () => {
    const queue = enqueue(enqueue([], typed('a1')), typed('a1'));
    expect(queue).toHaveLength(1);
  });

  it('keeps the same key when a send is interrupted, so the retry cannot double', () => {
    let queue = markSending(enqueue([], typed('a1')), 'a1');
    queue = markInterrupted(queue, 'a1');
    expect(readyToSend(queue)).toEqual([
      expect.objectContaining({ key: 'a1', attempts: 1, state: 'pending' }),
    ]);
  });

  it('keeps a refused reply, and the ones after it, until the agent fixes or discards it', () => {
    let queue = enqueue(enqueue([], typed('a1')), typed('a2'));
    queue = markRefused(markSending(queue, 'a1'), 'a1', 'claims.blocked');
    expect(readyToSend(queue)).toEqual([]);
    expect(queuedFor(queue, 'c1')[0]).toMatchObject({ state: 'failed', error: 'claims.blocked' });
    const fixed = retryWith(queue, 'a1', 'a fixed reply');
    expect(readyToSend(fixed)).toEqual([expect.objectContaining({ key: 'a1', body: 'a fixed reply' })]);
    expect(keys(readyToSend(discard(queue, 'a1')))).toEqual(['a2']);
  });
});
