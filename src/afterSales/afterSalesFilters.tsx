import { SelectInput } from 'react-admin';
import { afterSalesStatusSchema, afterSalesTypeSchema } from '../api';

const choicesOf = (values: readonly string[], prefix: string) =>
  values.map((value) => ({ id: value, name: `${prefix}.${value}` }));

/** Each filter is one platform parameter; "waiting for decision" is what agents open the list for. */
export const afterSalesFilters = [
  <SelectInput
    key="status"
    source="status"
    choices={choicesOf(afterSalesStatusSchema.options, 'resources.after-sales.statuses')}
    alwaysOn
  />,
  <SelectInput
    key="type"
    source="type"
    choices={choicesOf(afterSalesTypeSchema.options, 'resources.after-sales.types')}
    alwaysOn
  />,
];
