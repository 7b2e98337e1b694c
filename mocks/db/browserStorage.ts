import { clear, createStore, entries, get, setMany } from 'idb-keyval';
import type { PlatformStorage, Snapshot } from './persistence';

// One key per collection, in a database of its own, so saving the messages leaves the products alone.
const store = createStore('red-platform', 'collections');
const SEED_VERSION_KEY = '__seedVersion';

/** The browser keeps the platform in IndexedDB, so a reload does not lose what the user changed. */
export const browserStorage: PlatformStorage = {
  load: async () => {
    const stored = new Map(await entries<string, unknown>(store));
    const seedVersion = stored.get(SEED_VERSION_KEY);
    if (typeof seedVersion !== 'number') return undefined;
    stored.delete(SEED_VERSION_KEY);
    return { seedVersion, data: Object.fromEntries(stored) } as Snapshot;
  },
  save: async (snapshot) => {
    // A snapshot of another seed replaces everything: the old collections belong to the old seed.
    if ((await get(SEED_VERSION_KEY, store)) !== snapshot.seedVersion) await clear(store);
    await setMany([[SEED_VERSION_KEY, snapshot.seedVersion], ...Object.entries(snapshot.data)], store);
  },
  clear: () => clear(store),
};
