import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AfterSalesStatus, OrderStatus } from '../../api';
import { afterSalesStatusColors, orderStatusColors } from './orderChoices';

/** Used outside the orders resource too (the workbench), so the key is explicit, not the resource's. */
export const OrderStatusChip = ({ status }: { status: OrderStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={orderStatusColors[status]}
      label={translate(`resources.orders.statuses.${status}`)}
    />
  );
};

export const AfterSalesStatusChip = ({ status }: { status: AfterSalesStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={afterSalesStatusColors[status]}
      label={translate(`resources.after-sales.statuses.${status}`)}
    />
  );
};
