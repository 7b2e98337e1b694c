import { storeSchema } from '../api';
import type { ChecklistKey } from './liveChecklist';
import { storeEditableFields } from './storeEditableFields';

/** The `errors` of a platform refusal (the HttpError's problem body), if it names any. */
export function refusalErrors(error: unknown): Record<string, unknown> | undefined {
  if (error === null || typeof error !== 'object' || !('body' in error)) return undefined;
  const { body } = error;
  if (body === null || typeof body !== 'object' || !('errors' in body)) return undefined;
  const { errors } = body;
  return errors !== null && typeof errors === 'object' ? (errors as Record<string, unknown>) : undefined;
}

const itemsBeyondFields: readonly string[] = ['verified', 'settlement', 'type_matches_trade_model'];
const isChecklistKey = (key: string): key is ChecklistKey =>
  itemsBeyondFields.includes(key) || Object.hasOwn(storeSchema.shape, key);

/**
 * The checklist items a refusal names as missing: the platform answers an incomplete store with `errors`
 * keyed by checklist item, and a settlement field stands for the settlement item.
 */
export function refusedItems(errors: Record<string, unknown> | undefined): ChecklistKey[] {
  if (!errors) return [];
  return Object.keys(errors)
    .map((key) => (key.startsWith('settlement') ? 'settlement' : key))
    .filter(isChecklistKey);
}

const formFields: readonly string[] = storeEditableFields;

/** Whether some of a refusal's errors are about no field of the form, so they would show nowhere. */
export const hasErrorsBeyondFields = (errors: Record<string, unknown>) =>
  Object.keys(errors).some((key) => !formFields.includes(key));
