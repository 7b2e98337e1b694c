import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Product, ProductStatus } from '../api';

// Palette colours (not hard-coded hues) so the chips keep their contrast in the dark theme too.
const colors: Record<ProductStatus, ChipProps['color']> = {
  draft: 'default',
  in_review: 'info',
  listed: 'success',
  rejected: 'error',
  delisted: 'warning',
};

export const ProductStatusChip = (props: FieldProps<Product>) => {
  const record = useRecordContext<Product>(props);
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={colors[record.status]}
      label={translate(`resources.products.statuses.${record.status}`)}
    />
  );
};
