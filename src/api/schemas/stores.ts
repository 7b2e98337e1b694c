import { z } from 'zod';
import { recordMetaSchema } from './common';
import { isCrossBorder, tradeModelSchema, type Brand } from './brands';
import { fileRefSchema } from './files';

/**
 * A brand's store. There is one per brand and its id is the brand's id (GET /stores/brand-lumiere).
 * It can be edited only once the brand is verified, and opened (POST /stores/:id/open) only when
 * nothing on the checklist is missing. A product cannot be listed before its brand's store is open.
 */
export const storeTypeSchema = z.enum(['official_flagship', 'authorised', 'cross_border_flagship']);
export type StoreType = z.infer<typeof storeTypeSchema>;
export const storeStatusSchema = z.enum(['not_open', 'open']);
export type StoreStatus = z.infer<typeof storeStatusSchema>;
export const returnPolicySchema = z.enum(['seven_days_no_reason', 'fifteen_days', 'quality_issues_only']);
export const settlementCurrencies = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'KRW', 'AUD', 'NZD', 'SEK'] as const;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');

const storeFields = {
  name: z.string().trim().max(30, 'validation.too_long'),
  logo: fileRefSchema.nullable(),
  banner: fileRefSchema.nullable(),
  intro: z.string().trim().max(500, 'validation.too_long'),
  storeType: storeTypeSchema.nullable(),
  tradeModel: tradeModelSchema.nullable(),
  /** ISO 3166-1 alpha-2 of where parcels leave from. */
  shippingOrigin: z.string().regex(/^([A-Z]{2})?$/, 'validation.country'),
  warehouse: z.string().trim().max(100, 'validation.too_long'),
  returnAddress: z.string().trim().max(200, 'validation.too_long'),
  returnPolicy: returnPolicySchema.nullable(),
  settlementBank: z.string().trim().max(100, 'validation.too_long'),
  settlementAccountName: z.string().trim().max(100, 'validation.too_long'),
  settlementAccountNumber: z.string().trim().max(40, 'validation.too_long'),
  /** Overseas brands: SWIFT/BIC and IBAN (where the country uses IBAN). */
  settlementSwift: z
    .string()
    .trim()
    .regex(/^([A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?)?$/, 'stores.errors.swift'),
  settlementIban: z
    .string()
    .trim()
    .regex(/^([A-Z]{2}\d{2}[A-Z0-9]{10,30})?$/, 'stores.errors.iban'),
  settlementCurrency: z.enum(settlementCurrencies).nullable(),
  serviceHoursStart: time,
  serviceHoursEnd: time,
};
export type StoreField = keyof typeof storeFields;

export const storeSchema = recordMetaSchema.extend({
  brandId: z.string(),
  status: storeStatusSchema,
  openedAt: z.string().nullable(),
  ...storeFields,
});
export type Store = z.infer<typeof storeSchema>;

export const storeUpdateSchema = z
  .object({ version: z.number().int(), ...storeFields })
  .partial()
  .required({ version: true });
export type StoreUpdate = z.input<typeof storeUpdateSchema>;

/** Copy fields of the store the banned-claims engine checks. */
export const storeClaimFields = { name: 'store_name', intro: 'store_intro' } as const;

/** An item of the opening checklist: done, or the message key that says what is missing. */
export interface ChecklistItem {
  item: 'verified' | StoreField | 'settlement' | 'type_matches_trade_model';
  done: boolean;
}

const filled = (value: unknown) => value !== null && value !== undefined && value !== '';

/**
 * What opening the store still needs. Pure and shared: the console shows it as the checklist and
 * the platform refuses POST /stores/:id/open with these items as `errors` while any is not done.
 */
export function storeChecklist(store: Store, brand: Pick<Brand, 'verificationStatus' | 'country'>) {
  const overseas = brand.country !== 'CN';
  const crossBorder = isCrossBorder(store.tradeModel);
  const settlementDone = overseas
    ? filled(store.settlementBank) &&
      filled(store.settlementAccountName) &&
      filled(store.settlementSwift) &&
      (filled(store.settlementIban) || filled(store.settlementAccountNumber)) &&
      filled(store.settlementCurrency)
    : filled(store.settlementBank) &&
      filled(store.settlementAccountName) &&
      filled(store.settlementAccountNumber) &&
      store.settlementCurrency === 'CNY';
  const items: ChecklistItem[] = [
    { item: 'verified', done: brand.verificationStatus === 'approved' },
    { item: 'name', done: filled(store.name) },
    { item: 'logo', done: filled(store.logo) },
    { item: 'intro', done: filled(store.intro) },
    { item: 'storeType', done: filled(store.storeType) },
    { item: 'tradeModel', done: filled(store.tradeModel) },
    {
      item: 'type_matches_trade_model',
      done:
        filled(store.storeType) &&
        filled(store.tradeModel) &&
        (store.storeType === 'cross_border_flagship') === crossBorder,
    },
    { item: 'shippingOrigin', done: filled(store.shippingOrigin) },
    { item: 'warehouse', done: filled(store.warehouse) },
    { item: 'returnAddress', done: filled(store.returnAddress) },
    { item: 'returnPolicy', done: filled(store.returnPolicy) },
    { item: 'settlement', done: settlementDone },
    { item: 'serviceHoursStart', done: store.serviceHoursStart < store.serviceHoursEnd },
  ];
  return items;
}
