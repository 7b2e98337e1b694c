import { SearchInput, SelectInput } from 'react-admin';
import { customsStatusSchema, orderStatusSchema } from '../api';
import { messageChoices } from '../components/messageChoices';

/** Each filter is one platform parameter (status, customsStatus, q), so URL, request and inputs agree. */
export const orderFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={messageChoices(orderStatusSchema.options, 'resources.orders.statuses')}
    alwaysOn
  />,
  <SelectInput
    key="customsStatus"
    source="customsStatus"
    choices={messageChoices(customsStatusSchema.options, 'resources.orders.customs.statuses')}
    alwaysOn
  />,
];
