import { SelectInput } from 'react-admin';
import { afterSalesStatusSchema, afterSalesTypeSchema } from '../api';
import { messageChoices } from '../components/messageChoices';

/** Each filter is one platform parameter; "waiting for decision" is what agents open the list for. */
export const afterSalesFilters = [
  <SelectInput
    key="status"
    source="status"
    choices={messageChoices(afterSalesStatusSchema.options, 'resources.after-sales.statuses')}
    alwaysOn
  />,
  <SelectInput
    key="type"
    source="type"
    choices={messageChoices(afterSalesTypeSchema.options, 'resources.after-sales.types')}
    alwaysOn
  />,
];
