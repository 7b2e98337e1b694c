import type { ChipProps } from '@mui/material';
import type { FieldProps } from 'react-admin';
import type { ImportStatus, ProductImport } from '../api';
import { StatusChip } from '../components/StatusChip';

const colors: Record<ImportStatus, ChipProps['color']> = {
  validated: 'info',
  importing: 'primary',
  completed: 'success',
  failed: 'error',
  cancelled: 'default',
};

export const ImportStatusChip = (props: FieldProps<ProductImport>) => (
  <StatusChip resource="product-imports" {...props} colors={colors} />
);
