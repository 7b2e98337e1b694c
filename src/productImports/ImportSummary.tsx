import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ProductImport } from '../api';

const Figure = ({ label, value, color }: { label: string; value: number; color?: string }) => (
  <Box sx={{ p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}>
    <Typography component="dt" variant="body2" color="text.secondary">
      {label}
    </Typography>
    <Typography component="dd" variant="h5" color={color} sx={{ m: 0, fontVariantNumeric: 'tabular-nums' }}>
      {value.toLocaleString()}
    </Typography>
  </Box>
);

/** The dry run in four numbers: rows in the file, rows that pass, the products they make, rows with errors. */
export const ImportSummary = ({ job }: { job: ProductImport }) => {
  const translate = useTranslate();
  const badRows = job.totalRows - job.validRows;
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gap: 1.5, m: 0, gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(4, 1fr)' } }}
    >
      <Figure label={translate('product_imports.report.total_rows')} value={job.totalRows} />
      <Figure
        label={translate('product_imports.report.valid_rows')}
        value={job.validRows}
        color="success.main"
      />
      <Figure label={translate('product_imports.report.valid_products')} value={job.validProducts} />
      <Figure
        label={translate('product_imports.report.bad_rows')}
        value={badRows}
        color={badRows > 0 ? 'error.main' : undefined}
      />
    </Box>
  );
};
