import { act, renderHook } from '@testing-library/react';
import { useDraft } from './useDraft';

describe('useDraft', () => {
  it('keeps the text per conversation and mode across switching and re-mounting', () => {
    const { result, rerender, unmount } = renderHook(({ id, mode }) => useDraft(id, mode), {
      initialProps: { id: 'conv-1', mode: 'reply' as 'reply' | 'note' },
    });
    act(() => result.current[1]('您好，'));
    rerender({ id: 'conv-2', mode: 'reply' });
    expect(result.current[0]).toBe('');
    rerender({ id: 'conv-1', mode: 'note' });
    expect(result.current[0]).toBe('');
    rerender({ id: 'conv-1', mode: 'reply' });
    expect(result.current[0]).toBe('您好，');
    unmount();

    const again = renderHook(() => useDraft('conv-1', 'reply'));
    expect(again.result.current[0]).toBe('您好，');
    act(() => again.result.current[2]());
    expect(renderHook(() => useDraft('conv-1', 'reply')).result.current[0]).toBe('');
  });
});
