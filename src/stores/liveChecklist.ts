import { useWatch } from 'react-hook-form';
import { useRecordContext } from 'react-admin';
import { storeChecklist, type Brand, type ChecklistItem, type Store } from '../api';

export type ChecklistKey = ChecklistItem['item'];
export type StoreBrand = Pick<Brand, 'id' | 'verificationStatus' | 'country'>;

/**
 * The checklist of the store as it is in the form right now (what is typed counts before it is saved),
 * and that store.
 */
export function useLiveChecklist(brand: StoreBrand): { items: ChecklistItem[]; current: Store | undefined } {
  const record = useRecordContext<Store>();
  // The form holds the store's own fields, loaded from the record; react-hook-form types them as deep partials
  // only because it cannot know every field is registered.
  const values = useWatch<Store>() as Partial<Store>;
  if (!record) return { items: [], current: undefined };
  const current = { ...record, ...values };
  return { items: storeChecklist(current, brand), current };
}

const settlementFields = (overseas: boolean): (keyof Store)[] =>
  overseas
    ? ['settlementBank', 'settlementAccountName', 'settlementSwift', 'settlementIban', 'settlementCurrency']
    : ['settlementBank', 'settlementAccountName', 'settlementAccountNumber', 'settlementCurrency'];

/** The field that fixes an item of the checklist: the first one still empty where several are involved. */
export function fieldForItem(item: ChecklistKey, store: Partial<Store>, overseas: boolean): string {
  if (item === 'type_matches_trade_model') return store.storeType ? 'tradeModel' : 'storeType';
  if (item === 'settlement') {
    const fields = settlementFields(overseas);
    const empty = fields.find((field) => store[field] === null || store[field] === '');
    // A domestic store settles in yuan only: a left-over foreign currency is what is missing.
    if (!empty && !overseas && store.settlementCurrency !== 'CNY') return 'settlementCurrency';
    return empty ?? fields[0] ?? 'settlementBank';
  }
  return item;
}
