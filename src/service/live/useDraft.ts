import { useCallback, useState } from 'react';
import { z } from 'zod';
import { readStored, signedInUserId, writeStored } from './persisted';

export const draftStorageKey = (userId: string | null, conversationId: string, mode: 'reply' | 'note') =>
  `red.service.draft.${userId ?? 'anonymous'}.${conversationId}.${mode}`;

const read = (key: string) => readStored(key, z.string()) ?? '';

/**
 * The unsent text per conversation and mode, kept in localStorage per signed-in user: survives
 * switching and reloading. clear() after sending.
 */
export function useDraft(
  conversationId: string,
  mode: 'reply' | 'note',
): [value: string, setValue: (value: string) => void, clear: () => void] {
  const key = draftStorageKey(signedInUserId(), conversationId, mode);
  const [draft, setDraft] = useState(() => ({ key, value: read(key) }));
  // Another conversation or mode: show its own draft at once, in the same render.
  const current = draft.key === key ? draft : { key, value: read(key) };
  if (current !== draft) setDraft(current);

  const setValue = useCallback(
    (value: string) => {
      writeStored(key, value === '' ? null : value);
      setDraft({ key, value });
    },
    [key],
  );
  const clear = useCallback(() => setValue(''), [setValue]);
  return [current.value, setValue, clear];
}
