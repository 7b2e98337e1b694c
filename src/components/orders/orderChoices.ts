import type { ChipProps } from '@mui/material';
import type { AfterSalesStatus, CustomsStatus, OrderStatus } from '../../api';

// Palette names, not hues, so chips keep their contrast in the dark theme.
export const orderStatusColors: Record<OrderStatus, ChipProps['color']> = {
  paid: 'info',
  shipped: 'primary',
  delivered: 'success',
  completed: 'default',
  refunded: 'warning',
  cancelled: 'default',
};

export const customsStatusColors: Record<CustomsStatus, ChipProps['color']> = {
  pending: 'default',
  declared: 'info',
  passed: 'success',
  failed: 'error',
  abnormal: 'warning',
};

export const afterSalesStatusColors: Record<AfterSalesStatus, ChipProps['color']> = {
  requested: 'warning',
  approved: 'success',
  rejected: 'default',
  auto_approved: 'success',
};
