import { useCallback, useRef } from 'react';
import { useLiveContext } from './LiveContext';

export const TYPING_SIGNAL_EVERY_MS = 3_000;

/** Call on each keystroke in the reply box: says 'typing' at most every 3 s. */
export function useTypingSignal(conversationId: string | null): () => void {
  const dataProvider = useLiveContext()?.dataProvider;
  const lastSaid = useRef<{ conversationId: string; at: number } | null>(null);
  return useCallback(() => {
    if (!dataProvider || !conversationId) return;
    const now = Date.now();
    const last = lastSaid.current;
    if (last && last.conversationId === conversationId && now - last.at < TYPING_SIGNAL_EVERY_MS) return;
    lastSaid.current = { conversationId, at: now };
    // Presence is a courtesy to teammates: failing to tell them never bothers the agent.
    dataProvider.sayPresence(conversationId, 'typing').catch(() => undefined);
  }, [dataProvider, conversationId]);
}
