import { act, renderHook, waitFor } from '@testing-library/react';
import { call, signIn as signInAs } from '../../../mocks/testing/client';
import type { Presence } from '../../api';
import { dataProvider } from '../../api/dataProvider';
import { signIn } from '../../test/renderWithPlatform';
import { fakeLive } from './liveContext.testing';
import { usePresence } from './usePresence';

const conversationId = 'conv-lumiere-0001';
const said = (userId: string, userName: string, state: Presence['state'], conversation = conversationId) =>
  ({
    type: 'presence',
    data: { conversationId: conversation, userId, userName, state, at: new Date().toISOString() },
  }) as const;
const shown = (list: Presence[]) => list.map(({ userName, state }) => `${userName} ${state}`);

afterEach(() => vi.useRealTimers());

describe('usePresence', () => {
  it('shows teammates only, from the platform at first and then as they come, type and leave', async () => {
    const live = fakeLive({
      userId: 'user-lumiere-agent',
      dataProvider: {
        getPresence: () =>
          Promise.resolve([
            said('user-lumiere-agent', '林佳怡', 'viewing').data,
            said('user-lumiere-admin', 'Camille Laurent', 'viewing').data,
          ]),
        sayPresence: () => Promise.resolve(),
      },
    });
    const { result } = renderHook(() => usePresence(conversationId, false), { wrapper: live.Wrapper });
    await waitFor(() => expect(shown(result.current)).toEqual(['Camille Laurent viewing']));

    act(() => {
      live.bus.emit(said('user-lumiere-agent', '林佳怡', 'typing'));
      live.bus.emit(said('user-lumiere-agent2', '陈美', 'viewing', 'conv-lumiere-0002'));
      live.bus.emit(said('user-lumiere-agent2', '陈美', 'typing'));
    });
    expect(shown(result.current)).toEqual(['Camille Laurent viewing', '陈美 typing']);

    act(() => live.bus.emit(said('user-lumiere-admin', 'Camille Laurent', 'left')));
    expect(shown(result.current)).toEqual(['陈美 typing']);
  });

  it('lets typing fade after 6 s and a silent viewer after 30 s', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const live = fakeLive({ dataProvider: { getPresence: () => Promise.resolve([]) } });
    const { result } = renderHook(() => usePresence(conversationId, false), { wrapper: live.Wrapper });
    await act(() => vi.advanceTimersByTimeAsync(0));

    act(() => live.bus.emit(said('user-lumiere-agent2', '陈美', 'typing')));
    expect(shown(result.current)).toEqual(['陈美 typing']);
    await act(() => vi.advanceTimersByTimeAsync(6_000));
    expect(shown(result.current)).toEqual(['陈美 viewing']);
    await act(() => vi.advanceTimersByTimeAsync(23_000));
    expect(shown(result.current)).toEqual(['陈美 viewing']);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(result.current).toEqual([]);
  });

  it('tells the platform I am viewing while open, and that I left when I switch away', async () => {
    await signIn('agent@lumiere.example');
    const colleague = await signInAs('mei.chen@lumiere.example');
    const presenceSeenByColleague = async (id: string) =>
      (await (await call(`/conversations/${id}/presence`, { token: colleague })).json()) as Presence[];
    const live = fakeLive({ dataProvider });
    const { rerender, unmount } = renderHook(({ id }) => usePresence(id, true), {
      wrapper: live.Wrapper,
      initialProps: { id: conversationId },
    });
    await waitFor(async () =>
      expect(await presenceSeenByColleague(conversationId)).toMatchObject([
        { userId: 'user-lumiere-agent', state: 'viewing' },
      ]),
    );

    rerender({ id: 'conv-lumiere-0002' });
    await waitFor(async () => expect(await presenceSeenByColleague(conversationId)).toEqual([]));
    await waitFor(async () =>
      expect(await presenceSeenByColleague('conv-lumiere-0002')).toMatchObject([{ state: 'viewing' }]),
    );

    unmount();
    await waitFor(async () => expect(await presenceSeenByColleague('conv-lumiere-0002')).toEqual([]));
  });

  it('says nothing when not announcing (a marketer reading along)', async () => {
    const sayPresence = vi.fn(() => Promise.resolve());
    const live = fakeLive({ dataProvider: { getPresence: () => Promise.resolve([]), sayPresence } });
    const { unmount } = renderHook(() => usePresence(conversationId, false), { wrapper: live.Wrapper });
    unmount();
    expect(sayPresence).not.toHaveBeenCalled();
  });
});
