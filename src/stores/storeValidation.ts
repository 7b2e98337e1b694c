import type { Validator } from 'react-admin';
import { storeSchema } from '../api';
import { zodValidator } from '../components/zodValidator';

/** The contract's field schemas, so the form refuses what the platform would refuse, with the same keys. */
const shape = storeSchema.shape;

// Service hours are "HH:mm", so comparing the strings compares the times.
const endsAfterStart: Validator = (value: unknown, values: { serviceHoursStart?: unknown }) =>
  typeof value === 'string' &&
  typeof values.serviceHoursStart === 'string' &&
  value !== '' &&
  values.serviceHoursStart !== '' &&
  value <= values.serviceHoursStart
    ? 'stores.errors.hours_order'
    : undefined;

/**
 * Nothing is required to save: a store is set up over several visits and the checklist says what opening
 * still needs. What is typed must still be valid.
 */
export const storeValidators = {
  name: [zodValidator(shape.name)],
  intro: [zodValidator(shape.intro)],
  shippingOrigin: [zodValidator(shape.shippingOrigin)],
  warehouse: [zodValidator(shape.warehouse)],
  returnAddress: [zodValidator(shape.returnAddress)],
  settlementBank: [zodValidator(shape.settlementBank)],
  settlementAccountName: [zodValidator(shape.settlementAccountName)],
  settlementAccountNumber: [zodValidator(shape.settlementAccountNumber)],
  settlementSwift: [zodValidator(shape.settlementSwift)],
  settlementIban: [zodValidator(shape.settlementIban)],
  serviceHoursStart: [zodValidator(shape.serviceHoursStart)],
  serviceHoursEnd: [zodValidator(shape.serviceHoursEnd), endsAfterStart],
};

// react-admin turns a cleared text box into null; the platform wants "" for texts.
export const keepText = (value: string | null) => value ?? '';

/** Bank codes are written with spaces and in lower case as often as not; the platform wants them packed. */
export const packedUpperCase = (value: string | null) => (value ?? '').replace(/\s+/g, '').toUpperCase();

/** A choice left empty is null on the platform, not "". */
export const emptyToNull = (value: string | null) => (value === '' ? null : value);
