import { del, get, set } from 'idb-keyval';
import type { PlatformStorage, Snapshot } from './persistence';

const KEY = 'red.platform.db';

/** The browser keeps the platform in IndexedDB, so a reload does not lose what the user changed. */
export const browserStorage: PlatformStorage = {
  load: () => get<Snapshot>(KEY),
  save: (snapshot) => set(KEY, snapshot),
  clear: () => del(KEY),
};
