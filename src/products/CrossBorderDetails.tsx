import { Box, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Product } from '../api';
import { countryName } from './originCountries';

/** What customs know of a cross-border product, as a definition list; nothing for a domestic product. */
export const CrossBorderDetails = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const details = product?.crossBorder;
  if (!details) return null;
  const label = (field: string) => translate(`resources.products.cross_border.fields.${field}`);
  const rows: Array<[string, string]> = [
    [label('originCountry'), countryName(details.originCountry, locale)],
    [label('hsCode'), details.hsCode],
    [label('declaredUnit'), translate(`resources.products.cross_border.units.${details.declaredUnit}`)],
    [
      label('taxCategory'),
      translate(`resources.products.cross_border.tax_categories.${details.taxCategory}`),
    ],
    [
      translate('resources.products.fields.crossBorder'),
      translate(
        details.priceIncludesTax
          ? 'resources.products.show.price_includes_tax'
          : 'resources.products.show.price_excludes_tax',
      ),
    ],
  ];
  return <DefinitionList rows={rows} />;
};

/** Name and value pairs that stack on a phone and sit side by side on wider screens. */
export const DefinitionList = ({ rows }: { rows: Array<[string, string]> }) => (
  <Box
    component="dl"
    sx={{
      m: 0,
      display: 'grid',
      gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'minmax(8rem, max-content) minmax(0, 1fr)' },
      columnGap: 3,
      rowGap: { xs: 0, sm: 0.5 },
    }}
  >
    {rows.map(([name, value], index) => (
      <Box key={`${name}-${index}`} sx={{ display: 'contents' }}>
        <Typography component="dt" variant="body2" color="text.secondary" sx={{ mt: { xs: 1, sm: 0 } }}>
          {name}
        </Typography>
        <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
          {value}
        </Typography>
      </Box>
    ))}
  </Box>
);
