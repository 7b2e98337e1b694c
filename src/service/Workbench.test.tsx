import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { VirtuosoMockContext } from 'react-virtuoso';
import { describe, expect, it, vi } from 'vitest';
import type { Conversation } from '../api';
import { getRecord, renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { Workbench } from './Workbench';

// The thread and the buyer context have their own tests; here they stand in as labelled panes so these tests
// follow the inbox, the actions and the shortcuts (and a 500-message thread does not slow every test down).
vi.mock('./thread/ConversationThread', () => ({
  ConversationThread: ({ conversation }: { conversation: Conversation }) => (
    <p>Thread of {conversation.id}</p>
  ),
}));
vi.mock('./context/BuyerContextPanel', () => ({
  BuyerContextPanel: ({ conversation }: { conversation: Conversation }) => (
    <p>Context of {conversation.buyerId}</p>
  ),
}));

const AGENT = 'agent@lumiere.example';

function renderWorkbench(search = '') {
  const locations: string[] = [];
  const view = renderWithPlatform(
    <VirtuosoMockContext.Provider value={{ viewportHeight: 600, itemHeight: 80 }}>
      <Workbench />
    </VirtuosoMockContext.Provider>,
    {
      path: `/conversations${search}`,
      resource: 'conversations',
      route: '/conversations',
      onLocation: (location) =>
        locations.push(`${location.pathname}${'search' in location ? String(location.search) : ''}`),
    },
  );
  return { ...view, locations, lastLocation: () => locations.at(-1) ?? '' };
}

const inbox = () => screen.getByRole('region', { name: 'Conversations' });
const row = (name: RegExp) => within(inbox()).findByRole('link', { name });

// Each test renders the whole workbench (inbox, 500-message thread, buyer context) on a small, busy machine.
describe('Workbench', { timeout: 60_000 }, () => {
  it("opens on the agent's own conversations and filters by view", async () => {
    await signIn(AGENT);
    const user = userEvent.setup();
    renderWorkbench();
    expect(await row(/小鹿Lulu/)).toBeInTheDocument();
    expect(within(inbox()).queryByRole('link', { name: /Mia 米娅/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: /Unassigned/ }));
    expect(await row(/Mia 米娅/)).toBeInTheDocument();
    await waitFor(() =>
      expect(within(inbox()).queryByRole('link', { name: /小鹿Lulu/ })).not.toBeInTheDocument(),
    );
  });

  it('searches by buyer and says when nothing matches', async () => {
    await signIn(AGENT);
    const user = userEvent.setup();
    renderWorkbench('?view=all');
    await row(/小鹿Lulu/);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Mia 米');
    expect(await row(/Mia 米娅/)).toBeInTheDocument();
    await waitFor(() => expect(within(inbox()).getAllByRole('link')).toHaveLength(1));

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'nobody-writes-this');
    expect(await screen.findByText('No conversations match.')).toBeInTheDocument();
  });

  it('opens a conversation in the URL and moves with j and k; ? shows the shortcuts', async () => {
    await signIn(AGENT);
    const user = userEvent.setup();
    const { lastLocation } = renderWorkbench('?view=all');
    await user.click(await row(/小鹿Lulu/));
    await waitFor(() => expect(lastLocation()).toContain('c=conv-lumiere-0001'));
    expect(await screen.findByRole('region', { name: '小鹿Lulu' })).toBeInTheDocument();

    const first = await row(/小鹿Lulu/);
    expect(first).toHaveAttribute('aria-current', 'true');
    const ids = within(inbox())
      .getAllByRole('link')
      .map((link) => link.getAttribute('data-conversation-id'));
    const next = ids[ids.indexOf('conv-lumiere-0001') + 1];

    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('j');
    await waitFor(() => expect(lastLocation()).toContain(`c=${next}`));
    await user.keyboard('k');
    await waitFor(() => expect(lastLocation()).toContain('c=conv-lumiere-0001'));

    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Next conversation')).toBeInTheDocument();
    expect(within(help).getByText('Resolve the conversation')).toBeInTheDocument();
  });

  it('takes an unassigned conversation and resolves it on the platform', async () => {
    await signIn(AGENT);
    const user = userEvent.setup();
    renderWorkbench('?view=all&c=conv-lumiere-0002');
    const actions = await screen.findByRole('group', { name: 'Conversation actions' });
    await user.click(within(actions).getByRole('button', { name: 'Take' }));
    await waitFor(async () =>
      expect((await getRecord<Conversation>('conversations', 'conv-lumiere-0002')).assigneeId).toBe(
        'user-lumiere-agent',
      ),
    );
    expect(await screen.findByText(/Assigned to you/)).toBeInTheDocument();

    await user.click(within(actions).getByRole('button', { name: 'Resolve' }));
    await waitFor(async () =>
      expect((await getRecord<Conversation>('conversations', 'conv-lumiere-0002')).status).toBe('resolved'),
    );
    expect(await within(actions).findByRole('button', { name: 'Reopen' })).toBeInTheDocument();
  });

  it('shows marketers the conversation without any action', async () => {
    await signIn('marketer@lumiere.example');
    renderWorkbench('?c=conv-lumiere-0002');
    expect(await screen.findByRole('region', { name: 'Mia 米娅' })).toBeInTheDocument();
    expect(await row(/Mia 米娅/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Conversation actions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Take' })).not.toBeInTheDocument();
  });
});
