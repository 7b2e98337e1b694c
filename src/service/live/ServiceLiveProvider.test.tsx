import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { call } from '../../../mocks/testing/client';
import type { Message } from '../../api';
import { dataProvider } from '../../api/dataProvider';
import { renderWithPlatform, signIn } from '../../test/renderWithPlatform';
import { ConnectionStatus } from './ConnectionStatus';
import { ServiceLiveProvider } from './ServiceLiveProvider';
import { useOutbox } from './useOutbox';
import { useOnReconnect, useServiceEvent } from './useServiceEvent';

const REPLY = '马上为您查询物流';

/** What an inbox would show: streamed messages (once each, by id), queued replies, the connection. */
function Workbench() {
  const [messages, setMessages] = useState<ReadonlyMap<string, Message>>(new Map());
  const [reconnects, setReconnects] = useState(0);
  // The outbox and the stream both tell of a sent reply: listeners keep messages by id.
  useServiceEvent('message', (message) => setMessages((shown) => new Map(shown).set(message.id, message)));
  useOnReconnect(() => setReconnects((count) => count + 1));
  const { queue, send } = useOutbox();
  return (
    <>
      <ConnectionStatus />
      <p>{`Reconnected ${reconnects} times`}</p>
      <ul aria-label="Messages">
        {[...messages.values()].map((message) => (
          <li key={message.id}>{`${message.authorName}: ${message.body}`}</li>
        ))}
      </ul>
      <ul aria-label="Queued replies">
        {queue.map((reply) => (
          <li key={reply.key}>{`${reply.body} (${reply.state})`}</li>
        ))}
      </ul>
      <button type="button" onClick={() => send('conv-lumiere-0001', { body: REPLY, internal: false })}>
        Send
      </button>
    </>
  );
}

const setOffline = (offline: boolean) => call('/__platform/faults', { method: 'PUT', body: { offline } });

describe('ServiceLiveProvider against the mock platform', () => {
  it('goes live on ready and hands streamed messages to subscribers', async () => {
    await signIn('agent@lumiere.example');
    renderWithPlatform(
      <ServiceLiveProvider>
        <Workbench />
      </ServiceLiveProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Live'));

    await call('/__platform/buyer-messages', {
      method: 'POST',
      body: { conversationId: 'conv-lumiere-0002', body: '还在吗？' },
    });
    const messages = screen.getByRole('list', { name: 'Messages' });
    expect(await within(messages).findByText('Mia 米娅: 还在吗？')).toBeInTheDocument();
  });

  it('queues a reply while the platform is unreachable and sends it once when live again', async () => {
    const user = userEvent.setup();
    await signIn('agent@lumiere.example');
    renderWithPlatform(
      <ServiceLiveProvider>
        <Workbench />
      </ServiceLiveProvider>,
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Live'));

    await setOffline(true);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Reconnecting'));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    const queued = screen.getByRole('list', { name: 'Queued replies' });
    expect(await within(queued).findByText(`${REPLY} (pending)`)).toBeInTheDocument();

    await setOffline(false);
    await user.click(screen.getByRole('button', { name: 'Reconnect now' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Live'));
    expect(screen.getByText('Reconnected 1 times')).toBeInTheDocument();
    await waitFor(() => expect(within(queued).queryAllByRole('listitem')).toHaveLength(0));
    const messages = screen.getByRole('list', { name: 'Messages' });
    expect(await within(messages).findByText(`林佳怡: ${REPLY}`)).toBeInTheDocument();

    // Sent exactly once, however often it was tried.
    const { data } = await dataProvider.getMessages('conv-lumiere-0001', { limit: 10 });
    expect(data.filter((message) => message.body === REPLY)).toHaveLength(1);
  });
});
