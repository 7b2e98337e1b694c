import { useEffect, useState, type ReactNode } from 'react';
import { useDataProvider, useLogoutIfAccessDenied } from 'react-admin';
import type { PlatformDataProvider } from '../../api/dataProvider';
import { createServiceEventBus } from './eventBus';
import { LiveContext, type LiveContextValue } from './LiveContext';
import { createLiveConnection } from './liveConnection';
import { createOutbox } from './outbox';
import { signedInUserId } from './persisted';

export const outboxStorageKey = (userId: string) => `red.service.outbox.${userId}`;

/** Mount once around the workbench: opens the event stream and runs the outbox sender while mounted. */
export function ServiceLiveProvider({ children }: { children: ReactNode }) {
  // react-admin's dataProvider signs the user out on a 401 (authProvider.checkError), as everywhere else.
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [live] = useState<LiveContextValue>(() => {
    const userId = signedInUserId();
    const bus = createServiceEventBus();
    const signOut = (error: unknown) => void logoutIfAccessDenied(error);
    return {
      bus,
      userId,
      dataProvider,
      connection: createLiveConnection({
        open: (signal) => dataProvider.openServiceEvents(signal),
        onEvent: (event) => bus.emit(event),
        onReconnected: () => bus.emitReconnect(),
        onUnauthorized: signOut,
      }),
      outbox: createOutbox({
        storageKey: userId ? outboxStorageKey(userId) : null,
        send: (conversationId, message, key) => dataProvider.sendMessage(conversationId, message, key),
        onSent: (message) => bus.emit({ type: 'message', data: message }),
        onUnauthorized: signOut,
      }),
    };
  });

  useEffect(() => {
    const { connection, outbox } = live;
    const followConnection = () => {
      const { state } = connection.getSnapshot();
      if (state === 'live') outbox.resume();
      else if (state === 'offline') outbox.hold();
    };
    const unsubscribe = connection.subscribe(followConnection);
    connection.start();
    // Replies left from before a reload go now, unless the browser is offline.
    followConnection();
    if (connection.getSnapshot().state !== 'offline') outbox.resume();
    return () => {
      unsubscribe();
      connection.stop();
      outbox.hold();
    };
  }, [live]);

  return <LiveContext.Provider value={live}>{children}</LiveContext.Provider>;
}
