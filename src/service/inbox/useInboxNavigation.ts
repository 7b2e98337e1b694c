import { useCallback, type RefObject } from 'react';
import type { VirtuosoHandle } from 'react-virtuoso';
import type { Conversation } from '../../api';

/**
 * j/k and ↓/↑: open the next or previous loaded conversation, scroll it into view and move the
 * focus onto its row so the keyboard keeps its place. Near the end, the next page is asked for.
 */
export function useInboxNavigation(
  rows: readonly Conversation[],
  selectedId: string | null,
  select: (id: string) => void,
  virtuosoRef: RefObject<VirtuosoHandle | null>,
  loadMore: () => void,
) {
  return useCallback(
    (step: 1 | -1) => {
      if (rows.length === 0) return;
      const current = rows.findIndex((row) => row.id === selectedId);
      const index = current === -1 ? 0 : Math.min(rows.length - 1, Math.max(0, current + step));
      const target = rows[index];
      if (!target) return;
      if (index >= rows.length - 5) loadMore();
      select(target.id);
      virtuosoRef.current?.scrollIntoView({ index, behavior: 'auto' });
      // The row may only exist once scrolled into view: focus it on the next frames.
      requestAnimationFrame(() =>
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>(`[data-conversation-id="${CSS.escape(target.id)}"]`)?.focus(),
        ),
      );
    },
    [rows, selectedId, select, virtuosoRef, loadMore],
  );
}
