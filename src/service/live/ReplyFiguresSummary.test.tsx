import { screen } from '@testing-library/react';
import type { ReplyLogEntry } from '../../api';
import type { PlatformDataProvider } from '../../api/dataProvider';
import { renderInAdmin } from '../../test/renderInAdmin';
import { fakeLive } from './liveContext.testing';
import { ReplyFiguresSummary } from './ReplyFiguresSummary';

const tenAm = Date.parse('2026-01-05T02:00:00.000Z');
const entry = (
  conversationId: string,
  offsetMs: number,
  author: ReplyLogEntry['author'],
  authorId: string | null = null,
): ReplyLogEntry => ({
  conversationId,
  at: new Date(tenAm + offsetMs).toISOString(),
  author,
  authorId,
  internal: false,
});

function renderSummary(getReplyLog: PlatformDataProvider['getReplyLog']) {
  const { Wrapper } = fakeLive({ dataProvider: { getReplyLog }, userId: 'user-lumiere-agent' });
  renderInAdmin(
    <Wrapper>
      <ReplyFiguresSummary />
    </Wrapper>,
  );
}

afterEach(() => vi.useRealTimers());

describe('ReplyFiguresSummary', () => {
  it('shows a dash while nothing was measured today', async () => {
    renderSummary(() => Promise.resolve([]));
    const figures = await screen.findByRole('region', { name: "Today's reply figures" });
    expect(figures).toHaveTextContent(/3-min reply rate.*: me — · team —/);
    expect(figures).toHaveTextContent(/Avg first reply.*: me — · team —/);
  });

  it('shows my and the team’s rate as percentages and first replies as durations', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(tenAm + 600_000);
    renderSummary(() =>
      Promise.resolve([
        entry('c1', 0, 'buyer'),
        entry('c1', 42_000, 'agent', 'user-lumiere-agent'),
        entry('c2', 0, 'buyer'),
        entry('c2', 272_000, 'agent', 'user-lumiere-agent2'),
        entry('c3', 0, 'buyer'),
        entry('c3', 60_000, 'agent', 'user-lumiere-agent2'),
      ]),
    );
    const figures = await screen.findByRole('region', { name: "Today's reply figures" });
    expect(figures).toHaveTextContent(/3-min reply rate.*: me 100% · team 67%/);
    expect(figures).toHaveTextContent(/Avg first reply.*: me 42 s · team 2 min 5 s/);
  });

  it('says so while loading', async () => {
    renderSummary(() => new Promise(() => undefined));
    expect(screen.getByLabelText('Loading reply figures…')).toBeInTheDocument();
  });

  it('says the figures are unavailable when the log fails', async () => {
    renderSummary(() => Promise.reject(new Error('platform down')));
    expect(await screen.findByRole('status')).toHaveTextContent('Reply figures unavailable');
  });
});
