// @vitest-environment node
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { resetPlatform } from '../node';
import { API, call, signIn } from '../testing/client';

beforeEach(() => {
  resetPlatform();
});

/** Reads a live stream the way the console does, one server-sent event at a time. */
async function openEvents(token: string) {
  // The console ends a stream by aborting its request; so do the tests, or streams outlive them.
  const connection = new AbortController();
  const response = await fetch(`${API}/service/events`, {
    headers: { Authorization: `Bearer ${token}` },
    signal: connection.signal,
  });
  if (!response.body) throw new Error('no stream');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const received: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (event) => received.push(event) });
  /** The next event matching `wanted`, reading on until it arrives (or the stream ends or fails). */
  async function next(wanted: (event: EventSourceMessage) => boolean): Promise<EventSourceMessage> {
    for (;;) {
      const index = received.findIndex(wanted);
      if (index >= 0) return received.splice(0, index + 1)[index];
      const { done, value } = await reader.read();
      if (done) throw new Error('stream ended');
      parser.feed(value);
    }
  }
  return { response, reader, received, next, close: () => connection.abort() };
}

const buyerWrites = (conversationId: string, body: string) =>
  call('/__platform/buyer-messages', { method: 'POST', body: { conversationId, body } });

describe('the live event stream', () => {
  it('opens with ready, then tells of a buyer’s message and the conversation it changed', async () => {
    const token = await signIn('agent@lumiere.example');
    const events = await openEvents(token);
    expect(events.response.headers.get('Content-Type')).toBe('text/event-stream');
    expect((await events.next(() => true)).event).toBe('ready');
    await buyerWrites('conv-kiwivital-0001', 'Kia ora, another brand');
    await buyerWrites('conv-lumiere-0002', '还在吗？');
    // Kiwi Vital's message came first: the first message event being Lumière's shows it was not sent.
    const message = await events.next((event) => event.event === 'message');
    expect(JSON.parse(message.data)).toMatchObject({ conversationId: 'conv-lumiere-0002', body: '还在吗？' });
    const conversation = await events.next((event) => event.event === 'conversation');
    expect(JSON.parse(conversation.data)).toMatchObject({
      id: 'conv-lumiere-0002',
      lastMessagePreview: '还在吗？',
    });
    events.close();
  });

  it('tells teammates who is viewing, and that they left', async () => {
    const token = await signIn('agent@lumiere.example');
    const colleague = await signIn('mei.chen@lumiere.example');
    const events = await openEvents(token);
    const path = '/conversations/conv-lumiere-0001/presence';
    await call(path, { token: colleague, method: 'POST', body: { state: 'viewing' } });
    await call(path, { token: colleague, method: 'POST', body: { state: 'left' } });
    const viewing = await events.next((event) => event.event === 'presence');
    expect(JSON.parse(viewing.data)).toMatchObject({ userId: 'user-lumiere-agent2', state: 'viewing' });
    const left = await events.next((event) => event.event === 'presence');
    expect(JSON.parse(left.data)).toMatchObject({ userId: 'user-lumiere-agent2', state: 'left' });
    events.close();
  });

  it('drops every open stream when the platform goes offline, and refuses new ones', async () => {
    const token = await signIn('agent@lumiere.example');
    const events = await openEvents(token);
    await events.next((event) => event.event === 'ready');
    await call('/__platform/faults', { method: 'PUT', body: { offline: true } });
    await expect(events.reader.read()).rejects.toThrow();
    await expect(call('/service/events', { token })).rejects.toThrow();
    await call('/__platform/faults', { method: 'PUT', body: { offline: false } });
  });

  it('ends the stream when the session ends', async () => {
    const token = await signIn('agent@lumiere.example');
    const events = await openEvents(token);
    await events.next((event) => event.event === 'ready');
    await call('/__platform/sessions/expire', { method: 'POST' });
    await expect(events.next(() => false)).rejects.toThrow('stream ended');
  });

  it('refuses roles without access to the workbench', async () => {
    const token = await signIn('moderator@red.example');
    expect((await call('/service/events', { token })).status).toBe(403);
  });
});
