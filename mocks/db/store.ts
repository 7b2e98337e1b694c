import type {
  AfterSales,
  AuditEntry,
  Brand,
  Conversation,
  DictionaryEntry,
  Message,
  ModerationItem,
  Product,
  QuickReply,
  ServiceSettings,
  Store,
  VerificationApplication,
} from '../../src/api';
import { Collection, type RowChange } from './collection';
import { createSeed } from './seed';
import type {
  PlatformData,
  PlatformUser,
  SessionRecord,
  SignInFailure,
  StoredFile,
  StoredImport,
  StoredOrder,
  StoredPresence,
} from './types';

export type CollectionName = keyof PlatformData;

/**
 * One change to one collection. `remote` changes were made by the platform running in another tab
 * of this browser and replayed here (see replication.ts): the other tab has saved them already.
 */
export interface DataChange extends RowChange {
  collection: CollectionName;
  remote: boolean;
}

const changeListeners = new Set<(change: DataChange) => void>();
const collection = <T extends { id: string }>(name: CollectionName) =>
  new Collection<T>((change, remote) =>
    changeListeners.forEach((listener) => listener({ ...change, collection: name, remote })),
  );

/** The platform's state: one module-level database, as a real platform has one. */
export const db = {
  brands: collection<Brand>('brands'),
  users: collection<PlatformUser>('users'),
  products: collection<Product>('products'),
  sessions: collection<SessionRecord>('sessions'),
  signInFailures: collection<SignInFailure>('signInFailures'),
  dictionaryEntries: collection<DictionaryEntry>('dictionaryEntries'),
  moderationItems: collection<ModerationItem>('moderationItems'),
  auditLog: collection<AuditEntry>('auditLog'),
  verificationApplications: collection<VerificationApplication>('verificationApplications'),
  stores: collection<Store>('stores'),
  files: collection<StoredFile>('files'),
  productImports: collection<StoredImport>('productImports'),
  conversations: collection<Conversation>('conversations'),
  messages: collection<Message>('messages'),
  presence: collection<StoredPresence>('presence'),
  orders: collection<StoredOrder>('orders'),
  afterSales: collection<AfterSales>('afterSales'),
  serviceSettings: collection<ServiceSettings>('serviceSettings'),
  quickReplies: collection<QuickReply>('quickReplies'),
} satisfies { [Name in CollectionName]: Collection<PlatformData[Name][number]> };

export const collectionNames = Object.keys(db) as CollectionName[];

/** Each collection as one loosely typed table, for code that treats them all alike (persistence, replication). */
export const anyCollection = (name: CollectionName) => db[name] as unknown as Collection<{ id: string }>;

export function loadData(data: Partial<PlatformData>): void {
  for (const name of collectionNames) {
    const rows = data[name];
    if (rows) anyCollection(name).load(rows);
  }
}

export function exportData(): PlatformData {
  return Object.fromEntries(
    collectionNames.map((name) => [name, anyCollection(name).snapshot()]),
  ) as unknown as PlatformData;
}

/** Returns the function that stops listening. */
export function onDataChange(listener: (change: DataChange) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

// The seed is built once and copied on each reset: tests reset before every case.
let seed: PlatformData | undefined;
export function loadSeed(): void {
  seed ??= createSeed();
  loadData(seed);
}

loadSeed();
