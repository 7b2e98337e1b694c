import { useCallback, useSyncExternalStore } from 'react';
import type { ConnectionSnapshot, ConnectionState } from './liveConnection';
import { useLiveContext } from './LiveContext';

const noSubscription = () => () => undefined;
const alone: ConnectionSnapshot = { state: 'connecting', nextAttemptAt: null };

export function useConnection(): {
  state: ConnectionState;
  nextAttemptAt: number | null;
  reconnectNow(): void;
} {
  const live = useLiveContext();
  const connection = live?.connection;
  const snapshot = useSyncExternalStore(
    connection ? connection.subscribe : noSubscription,
    connection ? connection.getSnapshot : () => alone,
  );
  const reconnectNow = useCallback(() => connection?.reconnectNow(), [connection]);
  return { ...snapshot, reconnectNow };
}
