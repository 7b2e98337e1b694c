import { SearchInput, SelectInput } from 'react-admin';
import { customsStatusSchema, orderStatusSchema } from '../api';

const choicesOf = (values: readonly string[], prefix: string) =>
  values.map((value) => ({ id: value, name: `${prefix}.${value}` }));

/** Each filter is one platform parameter (status, customsStatus, q), so URL, request and inputs agree. */
export const orderFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={choicesOf(orderStatusSchema.options, 'resources.orders.statuses')}
    alwaysOn
  />,
  <SelectInput
    key="customsStatus"
    source="customsStatus"
    choices={choicesOf(customsStatusSchema.options, 'resources.orders.customs.statuses')}
    alwaysOn
  />,
];
