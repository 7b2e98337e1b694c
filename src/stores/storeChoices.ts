import type { ChipProps } from '@mui/material';
import {
  returnPolicySchema,
  settlementCurrencies,
  storeStatusSchema,
  storeTypeSchema,
  tradeModelSchema,
  type StoreStatus,
} from '../api';
import { messageChoices } from '../components/messageChoices';

const choicesOf = (ids: readonly string[], prefix: string) =>
  messageChoices(ids, `resources.stores.${prefix}`);

export const storeTypeChoices = choicesOf(storeTypeSchema.options, 'store_types');
export const tradeModelChoices = choicesOf(tradeModelSchema.options, 'trade_models');
export const returnPolicyChoices = choicesOf(returnPolicySchema.options, 'return_policies');
export const storeStatusChoices = choicesOf(storeStatusSchema.options, 'statuses');

/** Overseas brands may settle in any currency the platform pays out in; domestic brands in yuan only. */
export const currencyChoices = (overseas: boolean) =>
  choicesOf(overseas ? settlementCurrencies : ['CNY'], 'currencies');

/** Palette colours, not hues, so the chip keeps its contrast in the dark theme. */
export const storeStatusColors: Record<StoreStatus, ChipProps['color']> = {
  not_open: 'default',
  open: 'success',
};
