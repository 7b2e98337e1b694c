import type { Store, StoreField, StoreUpdate } from '../api';

/** What the store form edits; status and openedAt belong to opening and are neither sent nor compared. */
export const storeEditableFields = [
  'name',
  'logo',
  'banner',
  'intro',
  'storeType',
  'tradeModel',
  'shippingOrigin',
  'warehouse',
  'returnAddress',
  'returnPolicy',
  'settlementBank',
  'settlementAccountName',
  'settlementAccountNumber',
  'settlementSwift',
  'settlementIban',
  'settlementCurrency',
  'serviceHoursStart',
  'serviceHoursEnd',
] as const satisfies readonly StoreField[];

export const toStoreUpdate = (store: Store): StoreUpdate => ({
  version: store.version,
  ...Object.fromEntries(storeEditableFields.map((field) => [field, store[field]])),
});
