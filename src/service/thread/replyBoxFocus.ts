/**
 * The inbox's keyboard shortcuts ("r" reply, "n" note) live far from the reply box; rather than thread a ref
 * through the page, they call focusReplyBox and the mounted reply box, subscribed here, switches mode and focuses.
 */
export type ReplyMode = 'reply' | 'note';

type FocusListener = (mode: ReplyMode) => void;

const listeners = new Set<FocusListener>();

/** Puts the caret in the reply box of the open conversation, in this mode. Does nothing when no thread is open. */
export function focusReplyBox(mode: ReplyMode): void {
  for (const listener of listeners) listener(mode);
}

/** The reply box subscribes while mounted; answers the unsubscribe. */
export function onReplyBoxFocus(listener: FocusListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
