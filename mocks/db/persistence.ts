import { SEED_VERSION } from './seed';
import { exportData, loadData, loadSeed, onDataChange } from './store';
import type { PlatformData } from './types';

/** What is stored between runs: the data and the seed it grew from. */
export interface Snapshot {
  seedVersion: number;
  data: PlatformData;
}

/** Where snapshots live: memory in Node (tests, HTTP server), IndexedDB in the browser. */
export interface PlatformStorage {
  load(): Promise<Snapshot | undefined>;
  save(snapshot: Snapshot): Promise<void>;
  clear(): Promise<void>;
}

export const takeSnapshot = (): Snapshot => ({ seedVersion: SEED_VERSION, data: exportData() });

/** Loads the snapshot if it grew from the current seed; answers whether it did. */
export function restoreSnapshot(snapshot: Snapshot | undefined): boolean {
  if (!snapshot || snapshot.seedVersion !== SEED_VERSION) return false;
  loadData(snapshot.data);
  return true;
}

/** Keeps the snapshot as JSON text, so a round trip proves the data survives serialisation. */
export function memoryStorage(): PlatformStorage {
  let saved: string | undefined;
  return {
    load: async () => (saved === undefined ? undefined : (JSON.parse(saved) as Snapshot)),
    save: async (snapshot) => {
      saved = JSON.stringify(snapshot);
    },
    clear: async () => {
      saved = undefined;
    },
  };
}

let storage: PlatformStorage = memoryStorage();
let stopSaving = () => {};
let pendingSave: ReturnType<typeof setTimeout> | undefined;

/**
 * Loads the stored snapshot (or keeps the seed) and saves again `debounceMs` after each burst of
 * changes, so a form submit that touches several rows costs one write.
 */
export async function startPersistence(next: PlatformStorage, debounceMs = 200): Promise<void> {
  stopSaving();
  storage = next;
  if (!restoreSnapshot(await storage.load())) loadSeed();
  stopSaving = onDataChange(() => {
    clearTimeout(pendingSave);
    pendingSave = setTimeout(() => void storage.save(takeSnapshot()), debounceMs);
  });
}

/** Back to the seed; the stored snapshot goes too, so a reload starts from the seed as well. */
export async function resetToSeed(): Promise<void> {
  clearTimeout(pendingSave);
  loadSeed();
  await storage.clear();
}
