import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Brand } from '../api';

const SIDE_PX = 96;

/** The brand's logo as shoppers see it on its account (square), or a plain note when there is none yet. */
export const BrandLogo = (_props: FieldProps<Brand>) => {
  const brand = useRecordContext<Brand>();
  const translate = useTranslate();
  if (!brand) return null;
  if (!brand.logo)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.brands.no_logo')}
      </Typography>
    );
  return (
    <Box
      component="img"
      src={brand.logo.url}
      alt={brand.name}
      sx={{
        width: SIDE_PX,
        height: SIDE_PX,
        objectFit: 'contain',
        borderRadius: 1,
        border: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
      }}
    />
  );
};
