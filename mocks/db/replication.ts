import { anyCollection, collectionNames, loadSeed, onDataChange, type CollectionName } from './store';
import type { RowChange } from './collection';

/**
 * In the browser the mock platform runs inside each tab, so two windows would be two platforms.
 * A real platform is one: this keeps the tabs' databases in step by replaying every change made in
 * one tab in the others (BroadcastChannel), which is what lets two agents in two windows see each
 * other's presence and messages live. A reset in one tab resets the others.
 */
type ReplicationMessage = ({ kind: 'change'; collection: CollectionName } & RowChange) | { kind: 'reset' };

const CHANNEL = 'red-platform-replication';

let channel: BroadcastChannel | undefined;

export function startReplication(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  channel?.close();
  const own = new BroadcastChannel(CHANNEL);
  channel = own;
  own.onmessage = ({ data }: MessageEvent<ReplicationMessage>) => {
    if (data.kind === 'reset') loadSeed();
    else if (collectionNames.includes(data.collection)) anyCollection(data.collection).applyRemote(data);
  };
  const stopListening = onDataChange((change) => {
    if (change.remote) return;
    const message: ReplicationMessage = {
      kind: 'change',
      collection: change.collection,
      saved: change.saved,
      removedIds: change.removedIds,
    };
    own.postMessage(message);
  });
  return () => {
    stopListening();
    own.close();
    if (channel === own) channel = undefined;
  };
}

/** Tells the other tabs that this one went back to the seed. */
export function broadcastReset(): void {
  channel?.postMessage({ kind: 'reset' } satisfies ReplicationMessage);
}
