import { createContext, useContext } from 'react';
import type { PlatformDataProvider } from '../../api/dataProvider';
import type { ServiceEventBus } from './eventBus';
import type { LiveConnection } from './liveConnection';
import type { Outbox } from './outbox';

export interface LiveContextValue {
  bus: ServiceEventBus;
  connection: LiveConnection;
  outbox: Outbox;
  dataProvider: PlatformDataProvider;
  /** The signed-in user: their own presence and figures are told apart from the team's. */
  userId: string | null;
}

/** Null outside ServiceLiveProvider: the hooks then do nothing, so components render alone in tests. */
export const LiveContext = createContext<LiveContextValue | null>(null);

export const useLiveContext = () => useContext(LiveContext);
