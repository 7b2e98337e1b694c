// Tests only: a LiveContext around the hooks with a hand-driven bus and connection, so a test decides
// what the stream says and when, and a data provider holding just what the test passes.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { PlatformDataProvider } from '../../api/dataProvider';
import { createServiceEventBus } from './eventBus';
import { LiveContext, type LiveContextValue } from './LiveContext';
import type { ConnectionSnapshot, LiveConnection } from './liveConnection';
import { createOutbox } from './outbox';

/** A connection whose state the test sets; reconnectNow is a spy. */
export function fakeConnection(initial: ConnectionSnapshot = { state: 'live', nextAttemptAt: null }) {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  const connection = {
    start: vi.fn(),
    stop: vi.fn(),
    reconnectNow: vi.fn(),
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  } satisfies LiveConnection;
  const set = (next: ConnectionSnapshot) => {
    snapshot = next;
    listeners.forEach((listener) => listener());
  };
  return { connection, set };
}

export function fakeLive({
  dataProvider = {},
  userId = 'user-lumiere-agent',
  connection = fakeConnection().connection,
}: {
  dataProvider?: Partial<PlatformDataProvider>;
  userId?: string | null;
  connection?: LiveConnection;
} = {}) {
  const value: LiveContextValue = {
    bus: createServiceEventBus(),
    connection,
    outbox: createOutbox({
      storageKey: null,
      send: () => Promise.reject(new Error('not sent in this test')),
      onSent: () => undefined,
      onUnauthorized: () => undefined,
    }),
    // Only what the test passed: any other call fails loudly as "not a function".
    dataProvider: dataProvider as PlatformDataProvider,
    userId,
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <LiveContext.Provider value={value}>{children}</LiveContext.Provider>
    </QueryClientProvider>
  );
  return { ...value, Wrapper };
}
