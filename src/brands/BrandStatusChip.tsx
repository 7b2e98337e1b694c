import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Brand } from '../api';
import { verificationStatusColors } from './brandChoices';

/** Where the brand's verification stands, as a chip: "Verified", "Verification in review", ... */
export const BrandStatusChip = () => {
  const brand = useRecordContext<Brand>();
  const translate = useTranslate();
  if (!brand) return null;
  const status = brand.verificationStatus;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={verificationStatusColors[status]}
      label={translate(`resources.brands.statuses.${status}`)}
    />
  );
};
