import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/** The URL of the workbench with conversation `id` open (or none), keeping the inbox's filters. */
export function withConversation(search: URLSearchParams, id: string | null): string {
  const next = new URLSearchParams(search);
  if (id === null) next.delete('c');
  else next.set('c', id);
  const query = next.toString();
  return query ? `?${query}` : '?';
}

/** The open conversation (`?c=<id>`) and a way to open another; each opening is a history entry. */
export function useSelectedConversation() {
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('c');
  const select = useCallback(
    (id: string | null) =>
      setParams((current) => new URLSearchParams(withConversation(current, id).slice(1))),
    [setParams],
  );
  return { selectedId, select };
}
