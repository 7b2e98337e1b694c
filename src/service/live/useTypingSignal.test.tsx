import { renderHook } from '@testing-library/react';
import { fakeLive } from './liveContext.testing';
import { useTypingSignal } from './useTypingSignal';

afterEach(() => vi.useRealTimers());

describe('useTypingSignal', () => {
  it('says typing at most once every 3 s however fast the agent types', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const sayPresence = vi.fn(() => Promise.resolve());
    const live = fakeLive({ dataProvider: { sayPresence } });
    const { result, rerender } = renderHook(({ id }) => useTypingSignal(id), {
      wrapper: live.Wrapper,
      initialProps: { id: 'conv-lumiere-0001' as string | null },
    });

    for (let key = 0; key < 10; key += 1) {
      result.current();
      vi.advanceTimersByTime(290);
    }
    expect(sayPresence).toHaveBeenCalledTimes(1);
    expect(sayPresence).toHaveBeenCalledWith('conv-lumiere-0001', 'typing');

    vi.advanceTimersByTime(100);
    result.current();
    expect(sayPresence).toHaveBeenCalledTimes(2);

    // Another conversation hears it at once.
    rerender({ id: 'conv-lumiere-0002' });
    result.current();
    expect(sayPresence).toHaveBeenLastCalledWith('conv-lumiere-0002', 'typing');
    expect(sayPresence).toHaveBeenCalledTimes(3);

    rerender({ id: null });
    result.current();
    expect(sayPresence).toHaveBeenCalledTimes(3);
  });

  it('keeps quiet about a failed signal: it is a courtesy to teammates', async () => {
    const sayPresence = vi.fn(() => Promise.reject(new Error('offline')));
    const live = fakeLive({ dataProvider: { sayPresence } });
    const { result } = renderHook(() => useTypingSignal('conv-lumiere-0001'), { wrapper: live.Wrapper });
    expect(() => result.current()).not.toThrow();
    await vi.waitFor(() => expect(sayPresence).toHaveBeenCalledTimes(1));
  });
});
