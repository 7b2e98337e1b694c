import type {
  AuditEntry,
  Brand,
  DictionaryEntry,
  ModerationItem,
  Product,
  Store,
  VerificationApplication,
} from '../../src/api';
import { Collection } from './collection';
import { createSeed } from './seed';
import type {
  PlatformData,
  PlatformUser,
  SessionRecord,
  SignInFailure,
  StoredFile,
  StoredImport,
} from './types';

const changeListeners = new Set<() => void>();
const notifyChange = () => changeListeners.forEach((listener) => listener());

/** The platform's state: one module-level database, as a real platform has one. */
export const db = {
  brands: new Collection<Brand>(notifyChange),
  users: new Collection<PlatformUser>(notifyChange),
  products: new Collection<Product>(notifyChange),
  sessions: new Collection<SessionRecord>(notifyChange),
  signInFailures: new Collection<SignInFailure>(notifyChange),
  dictionaryEntries: new Collection<DictionaryEntry>(notifyChange),
  moderationItems: new Collection<ModerationItem>(notifyChange),
  auditLog: new Collection<AuditEntry>(notifyChange),
  verificationApplications: new Collection<VerificationApplication>(notifyChange),
  stores: new Collection<Store>(notifyChange),
  files: new Collection<StoredFile>(notifyChange),
  productImports: new Collection<StoredImport>(notifyChange),
};

export function loadData(data: PlatformData): void {
  db.brands.load(data.brands);
  db.users.load(data.users);
  db.products.load(data.products);
  db.sessions.load(data.sessions);
  db.signInFailures.load(data.signInFailures);
  db.dictionaryEntries.load(data.dictionaryEntries);
  db.moderationItems.load(data.moderationItems);
  db.auditLog.load(data.auditLog);
  db.verificationApplications.load(data.verificationApplications);
  db.stores.load(data.stores);
  db.files.load(data.files);
  db.productImports.load(data.productImports);
}

export function exportData(): PlatformData {
  return {
    brands: db.brands.snapshot(),
    users: db.users.snapshot(),
    products: db.products.snapshot(),
    sessions: db.sessions.snapshot(),
    signInFailures: db.signInFailures.snapshot(),
    dictionaryEntries: db.dictionaryEntries.snapshot(),
    moderationItems: db.moderationItems.snapshot(),
    auditLog: db.auditLog.snapshot(),
    verificationApplications: db.verificationApplications.snapshot(),
    stores: db.stores.snapshot(),
    files: db.files.snapshot(),
    productImports: db.productImports.snapshot(),
  };
}

/** Returns the function that stops listening. */
export function onDataChange(listener: () => void): () => void {
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
