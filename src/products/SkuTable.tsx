import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Product } from '../api';
import { formatFen } from '../domain/money';
import { BuyerPriceBreakdown } from './BuyerPriceBreakdown';

const columns = ['spec', 'priceFen', 'listPriceFen', 'stock', 'barcode'] as const;
const numeric = new Set<string>(['priceFen', 'listPriceFen', 'stock']);

/**
 * The product's SKUs with money in the reader's locale; the table scrolls sideways on a phone rather than
 * squeezing. Cross-border products show what a buyer pays for each SKU underneath.
 */
export const SkuTable = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!product) return null;
  const number = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : locale);
  const cell = (sku: Product['skus'][number], column: (typeof columns)[number]) => {
    if (column === 'priceFen' || column === 'listPriceFen') return formatFen(sku[column], locale);
    if (column === 'stock') return number.format(sku.stock);
    return sku[column] || '—';
  };
  const { crossBorder } = product;
  return (
    // A grid track of minmax(0, 1fr) keeps the wide table from widening the page: it scrolls instead.
    <Box sx={{ width: '100%', display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Box sx={{ overflowX: 'auto' }}>
        <Table
          size="small"
          aria-label={translate('resources.products.show.sku_table', { title: product.title })}
        >
          <TableHead>
            <TableRow>
              {columns.map((column) => (
                <TableCell key={column} align={numeric.has(column) ? 'right' : 'left'}>
                  {translate(`resources.products.skus.fields.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {product.skus.map((sku) => (
              <TableRow key={sku.id}>
                {columns.map((column) => (
                  <TableCell
                    key={column}
                    component={column === 'spec' ? 'th' : 'td'}
                    scope={column === 'spec' ? 'row' : undefined}
                    align={numeric.has(column) ? 'right' : 'left'}
                    sx={{
                      fontVariantNumeric: 'tabular-nums',
                      whiteSpace: column === 'spec' ? 'normal' : 'nowrap',
                    }}
                  >
                    {cell(sku, column)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {crossBorder && (
        <Box
          sx={{
            display: 'grid',
            gap: 1.5,
            mt: 2,
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
          }}
        >
          {product.skus.map((sku) => (
            <BuyerPriceBreakdown
              key={sku.id}
              unitPriceFen={sku.priceFen}
              category={crossBorder.taxCategory}
              priceIncludesTax={crossBorder.priceIncludesTax}
              label={translate('resources.products.show.breakdown_for', { spec: sku.spec })}
            />
          ))}
        </Box>
      )}
    </Box>
  );
};
