import { Alert, Box, Typography } from '@mui/material';
import { useGetOne, useLocaleState, useTranslate, type Identifier } from 'react-admin';
import { MAX_PRICE_FEN, type Product } from '../api';
import { formatFen } from '../domain/money';
import { counted } from './BulkCount';

/** How the platform reprices one SKU: the percentage of the sale price, rounded to the fen. */
export const repricedFen = (priceFen: number, percent: number): number =>
  Math.round((priceFen * (100 + percent)) / 100);

type Refusal = 'above_list' | 'too_high' | null;

const refusalOf = (newPriceFen: number, listPriceFen: number): Refusal =>
  newPriceFen > MAX_PRICE_FEN ? 'too_high' : newPriceFen > listPriceFen ? 'above_list' : null;

/** Shown SKUs of the example product: enough to see the effect without a long list in a dialog. */
const SHOWN_SKUS = 3;

/**
 * The effect of a percentage on one of the selected products (the first one), SKU by SKU, with the
 * platform's refusals spelled out before the user confirms: above the list price, above ¥100,000.
 */
export const BulkRepricePreview = ({
  productId,
  percent,
}: {
  productId: Identifier;
  percent: number | null;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: product } = useGetOne<Product>('products', { id: String(productId) });
  if (!product) return null;
  const money = (fen: number) => formatFen(fen, locale);
  const lines = product.skus.slice(0, SHOWN_SKUS).map((sku) => {
    const next = percent === null ? null : repricedFen(sku.priceFen, percent);
    return { sku, next, refusal: next === null ? null : refusalOf(next, sku.listPriceFen) };
  });
  // Every SKU counts, shown or not: one refused SKU and the platform leaves the whole product as it is.
  const refused =
    percent !== null &&
    product.skus.some((sku) => refusalOf(repricedFen(sku.priceFen, percent), sku.listPriceFen) !== null);
  return (
    <Box component="section" aria-labelledby="reprice-preview-title" sx={{ mt: 2 }}>
      <Typography id="reprice-preview-title" variant="subtitle2" component="h3">
        {translate('resources.products.bulk.reprice.example', { title: product.title })}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {lines.map(({ sku, next, refusal }) => (
          <Box component="li" key={sku.id} sx={{ py: 0.25 }}>
            <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {translate('resources.products.bulk.reprice.example_line', {
                spec: sku.spec,
                from: money(sku.priceFen),
                to: next === null ? '…' : money(next),
              })}
              {refusal && (
                <Typography component="span" variant="body2" color="warning.main">
                  {' '}
                  {translate(`resources.products.bulk.reprice.sku_${refusal}`, {
                    list: money(sku.listPriceFen),
                  })}
                </Typography>
              )}
            </Typography>
          </Box>
        ))}
      </Box>
      {product.skus.length > SHOWN_SKUS && (
        <Typography variant="caption" color="text.secondary">
          {translate('resources.products.bulk.reprice.more_skus', counted(product.skus.length - SHOWN_SKUS))}
        </Typography>
      )}
      {refused && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {translate('resources.products.bulk.reprice.refused')}
        </Alert>
      )}
    </Box>
  );
};
