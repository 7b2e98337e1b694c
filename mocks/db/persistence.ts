import { broadcastReset } from './replication';
import { SEED_VERSION } from './seed';
import { anyCollection, exportData, loadData, loadSeed, onDataChange, type CollectionName } from './store';
import type { PlatformData } from './types';

/** What is stored between runs: the seed it grew from and the collections that changed since. */
export interface Snapshot {
  seedVersion: number;
  data: Partial<PlatformData>;
}

/**
 * Where snapshots live: memory in Node (tests, HTTP server), IndexedDB in the browser. `save` writes
 * only the collections given and keeps the others, so a new chat message does not rewrite 10,000
 * products; `load` answers every collection saved so far.
 */
export interface PlatformStorage {
  load(): Promise<Snapshot | undefined>;
  save(snapshot: Snapshot): Promise<void>;
  clear(): Promise<void>;
}

/** Every collection: what a test or a first save takes. */
export const takeSnapshot = (): Snapshot => ({ seedVersion: SEED_VERSION, data: exportData() });

/**
 * Loads the snapshot over the seed if it grew from the current seed (collections it lacks never
 * changed); answers whether it did.
 */
export function restoreSnapshot(snapshot: Snapshot | undefined): boolean {
  if (!snapshot || snapshot.seedVersion !== SEED_VERSION) return false;
  loadSeed();
  loadData(snapshot.data);
  return true;
}

/** Keeps each collection as JSON text, so a round trip proves the data survives serialisation. */
export function memoryStorage(): PlatformStorage {
  let seedVersion: number | undefined;
  const saved = new Map<string, string>();
  return {
    load: async () =>
      seedVersion === undefined
        ? undefined
        : {
            seedVersion,
            data: Object.fromEntries([...saved].map(([name, text]) => [name, JSON.parse(text)])),
          },
    save: async (snapshot) => {
      if (seedVersion !== snapshot.seedVersion) saved.clear();
      seedVersion = snapshot.seedVersion;
      for (const [name, rows] of Object.entries(snapshot.data)) saved.set(name, JSON.stringify(rows));
    },
    clear: async () => {
      seedVersion = undefined;
      saved.clear();
    },
  };
}

let storage: PlatformStorage = memoryStorage();
let stopSaving = () => {};
let pendingSave: ReturnType<typeof setTimeout> | undefined;
const dirty = new Set<CollectionName>();

const saveDirty = () => {
  const data = Object.fromEntries([...dirty].map((name) => [name, anyCollection(name).snapshot()]));
  dirty.clear();
  return storage.save({ seedVersion: SEED_VERSION, data });
};

/**
 * Loads the stored snapshot (or keeps the seed) and saves the changed collections `debounceMs` after
 * each burst of changes, so a form submit that touches several rows costs one write. Changes replayed
 * from another tab are not saved again: that tab saved them.
 */
export async function startPersistence(next: PlatformStorage, debounceMs = 200): Promise<void> {
  stopSaving();
  storage = next;
  if (!restoreSnapshot(await storage.load())) loadSeed();
  stopSaving = onDataChange((change) => {
    if (change.remote) return;
    dirty.add(change.collection);
    clearTimeout(pendingSave);
    pendingSave = setTimeout(() => void saveDirty(), debounceMs);
  });
}

/** Back to the seed; the stored snapshot goes too, so a reload starts from the seed as well. */
export async function resetToSeed(): Promise<void> {
  clearTimeout(pendingSave);
  dirty.clear();
  loadSeed();
  broadcastReset();
  await storage.clear();
}
