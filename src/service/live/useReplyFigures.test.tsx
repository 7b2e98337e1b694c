import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import type { Message, ReplyLogEntry } from '../../api';
import { dataProvider } from '../../api/dataProvider';
import { signIn } from '../../test/renderWithPlatform';
import { fakeLive } from './liveContext.testing';
import { useReplyFigures } from './useReplyFigures';

// 2026-01-05 10:10 China time: in service hours.
const tenAm = Date.parse('2026-01-05T02:00:00.000Z');
const at = (offsetMs: number) => new Date(tenAm + offsetMs).toISOString();
const entry = (
  conversationId: string,
  offsetMs: number,
  author: ReplyLogEntry['author'],
  authorId: string | null = null,
): ReplyLogEntry => ({ conversationId, at: at(offsetMs), author, authorId, internal: false });

const streamed = (id: string, conversationId: string, author: 'buyer' | 'agent', authorId: string) =>
  ({
    id,
    conversationId,
    brandId: 'brand-lumiere',
    author,
    authorId,
    authorName: author === 'buyer' ? 'Mia 米娅' : '林佳怡',
    kind: 'text',
    body: '…',
    internal: false,
    imageUrl: null,
    product: null,
    order: null,
    createdAt: new Date().toISOString(),
    idempotencyKey: null,
  }) satisfies Message;

afterEach(() => vi.useRealTimers());

describe('useReplyFigures', () => {
  it('tells my figures from the team’s, from the day’s reply log and then from the stream', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(tenAm + 600_000);
    await signIn('agent@lumiere.example');
    const asked: string[] = [];
    server.use(
      http.get('*/api/v1/service/reply-log', ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json({
          data: [
            // Mine, answered after 1 minute; a teammate's after 5: late.
            entry('c1', 0, 'buyer'),
            entry('c1', 60_000, 'agent', 'user-lumiere-agent'),
            entry('c2', 0, 'buyer'),
            entry('c2', 300_000, 'agent', 'user-lumiere-agent2'),
          ],
        });
      }),
    );
    const live = fakeLive({ dataProvider, userId: 'user-lumiere-agent' });
    const { result } = renderHook(() => useReplyFigures(), { wrapper: live.Wrapper });
    expect(result.current.isLoading).toBe(true);

    await waitFor(() => expect(result.current.isLoading).toBe(false));
    // The China day: 00:00 to 24:00 at +08:00.
    expect(decodeURIComponent(asked[0] ?? '')).toBe(
      '?from=2026-01-04T16:00:00.000Z&to=2026-01-05T16:00:00.000Z',
    );
    expect(result.current.mine).toEqual({
      measured: 1,
      answeredInTime: 1,
      rate: 1,
      averageFirstReplyMs: 60_000,
    });
    expect(result.current.team).toMatchObject({ measured: 2, rate: 0.5, averageFirstReplyMs: 180_000 });

    // A buyer writes and I answer at once, while the workbench is open.
    act(() => {
      live.bus.emit({ type: 'message', data: streamed('m1', 'c3', 'buyer', 'buyer-lumiere-0003') });
      live.bus.emit({ type: 'message', data: streamed('m2', 'c3', 'agent', 'user-lumiere-agent') });
    });
    expect(result.current.mine).toMatchObject({ measured: 2, rate: 1, averageFirstReplyMs: 30_000 });
    expect(result.current.team).toMatchObject({ measured: 3, answeredInTime: 2 });
  });

  it('reads the seeded reply log of the signed-in brand', async () => {
    await signIn('agent@lumiere.example');
    const live = fakeLive({ dataProvider, userId: 'user-lumiere-agent' });
    const { result } = renderHook(() => useReplyFigures(), { wrapper: live.Wrapper });
    await waitFor(() => expect(result.current.team).not.toBeNull());
    expect(result.current.isError).toBe(false);
    const { mine, team } = result.current;
    expect(mine?.measured).toBeLessThanOrEqual(team?.measured ?? 0);
  });

  it('reports a failed log', async () => {
    await signIn('agent@lumiere.example');
    server.use(http.get('*/api/v1/service/reply-log', () => HttpResponse.json({}, { status: 500 })));
    const live = fakeLive({ dataProvider });
    const { result } = renderHook(() => useReplyFigures(), { wrapper: live.Wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.team).toBeNull();
  });
});
