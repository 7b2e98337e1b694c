import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInAdmin } from '../../test/renderInAdmin';
import { ConnectionStatus } from './ConnectionStatus';
import { fakeConnection, fakeLive } from './liveContext.testing';

function renderStatus() {
  const { connection, set } = fakeConnection({ state: 'connecting', nextAttemptAt: null });
  const { Wrapper } = fakeLive({ connection });
  renderInAdmin(
    <Wrapper>
      <ConnectionStatus />
    </Wrapper>,
  );
  return { connection, set };
}

describe('ConnectionStatus', () => {
  it('tells each state in words and offers to reconnect only while down', async () => {
    const user = userEvent.setup();
    const { connection, set } = renderStatus();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Connecting…. Opening the live connection to the platform.',
    );
    expect(screen.queryByRole('button', { name: 'Reconnect now' })).not.toBeInTheDocument();

    act(() => set({ state: 'live', nextAttemptAt: null }));
    expect(screen.getByRole('status')).toHaveTextContent('Live. New messages arrive as buyers write.');
    expect(screen.queryByRole('button', { name: 'Reconnect now' })).not.toBeInTheDocument();

    act(() => set({ state: 'reconnecting', nextAttemptAt: Date.now() + 4_500 }));
    expect(screen.getByRole('status')).toHaveTextContent('Reconnecting…. The live connection dropped.');
    expect(screen.getByText('Reconnecting in 5 s…')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reconnect now' }));
    expect(connection.reconnectNow).toHaveBeenCalledTimes(1);

    act(() => set({ state: 'offline', nextAttemptAt: null }));
    expect(screen.getByRole('status')).toHaveTextContent(
      "Offline. Offline – replies will be sent when you're back.",
    );
    expect(screen.getByRole('button', { name: 'Reconnect now' })).toBeInTheDocument();
  });

  it('shows connecting outside the workbench rather than failing', () => {
    renderInAdmin(<ConnectionStatus />);
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…');
  });
});
