import type { ChipProps } from '@mui/material';
import type { FieldProps } from 'react-admin';
import type { Product, ProductStatus } from '../api';
import { StatusChip } from '../components/StatusChip';

const colors: Record<ProductStatus, ChipProps['color']> = {
  draft: 'default',
  in_review: 'info',
  listed: 'success',
  rejected: 'error',
  delisted: 'warning',
};

export const ProductStatusChip = (props: FieldProps<Product>) => (
  <StatusChip resource="products" {...props} colors={colors} />
);
