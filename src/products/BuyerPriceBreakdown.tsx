import { memo, useMemo } from 'react';
import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatFen } from '../domain/money';
import {
  buyerPriceBreakdown,
  comprehensiveTaxRate,
  maxQuantityPerOrder,
  skuLimitWarning,
  type TaxCategory,
} from '../domain/tax';

export interface BuyerPriceBreakdownProps {
  /** The SKU's sale price in fen; anything else (empty, text being typed) shows a hint instead. */
  unitPriceFen: unknown;
  category: TaxCategory | null | undefined;
  priceIncludesTax: boolean;
  /** Names the box for assistive technology, e.g. "Buyer price of 50 ml". */
  label?: string;
}

const isPrice = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

/**
 * What a buyer in China pays for one of a cross-border SKU: goods, taxes and total from src/domain/tax,
 * the rate, and a warning when the SKU can't be bought the usual way. Pure display; the form and the
 * product page both use it.
 */
export const BuyerPriceBreakdown = memo(function BuyerPriceBreakdown({
  unitPriceFen,
  category,
  priceIncludesTax,
  label,
}: BuyerPriceBreakdownProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const result = useMemo(() => {
    if (!isPrice(unitPriceFen) || !category) return null;
    const parts = buyerPriceBreakdown({ unitPriceFen, category, priceIncludesTax });
    const full = parts.regime === 'full_tax';
    return {
      parts,
      rate: comprehensiveTaxRate(category, full),
      warning: skuLimitWarning(unitPriceFen, category, priceIncludesTax),
      maxPerOrder: maxQuantityPerOrder(unitPriceFen, category, priceIncludesTax),
    };
  }, [unitPriceFen, category, priceIncludesTax]);

  const money = (fen: number) => formatFen(fen, locale);
  const percent = (rate: number) =>
    new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : locale, {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(rate);

  return (
    <Box
      role="group"
      aria-label={label ?? translate('resources.products.breakdown.title')}
      sx={{ p: 1.5, borderRadius: 1, bgcolor: 'action.hover', minWidth: 0 }}
    >
      <Stack direction="row" sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="subtitle2" component="div">
          {translate('resources.products.breakdown.title')}
        </Typography>
        <Chip
          size="small"
          variant="outlined"
          label={translate(
            priceIncludesTax
              ? 'resources.products.breakdown.tax_included'
              : 'resources.products.breakdown.tax_added',
          )}
        />
        {result && (
          <Chip
            size="small"
            variant="outlined"
            color={result.parts.regime === 'full_tax' ? 'warning' : 'default'}
            label={translate(
              result.parts.regime === 'full_tax'
                ? 'resources.products.breakdown.rate_full'
                : 'resources.products.breakdown.rate',
              { rate: percent(result.rate) },
            )}
          />
        )}
      </Stack>
      {result ? (
        <>
          <BreakdownLines parts={result.parts} money={money} />
          {result.warning ? (
            <Alert severity="warning" sx={{ mt: 1 }}>
              {translate(`resources.products.breakdown.warnings.${result.warning}`)}
            </Alert>
          ) : (
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1, mb: 0 }}>
              {translate('resources.products.breakdown.max_per_order', { count: result.maxPerOrder })}
            </Typography>
          )}
        </>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate(
            category
              ? 'resources.products.breakdown.needs_price'
              : 'resources.products.breakdown.needs_category',
          )}
        </Typography>
      )}
    </Box>
  );
});

interface Lines {
  goodsFen: number;
  dutyFen: number;
  consumptionTaxFen: number;
  vatFen: number;
  totalFen: number;
}

/** A definition list, so each amount is read with its name; zero duty and consumption tax are left out. */
const BreakdownLines = ({ parts, money }: { parts: Lines; money: (fen: number) => string }) => {
  const translate = useTranslate();
  const rows: Array<[string, number, boolean?]> = [
    ['goods', parts.goodsFen],
    ...(parts.dutyFen > 0 ? [['duty', parts.dutyFen] as [string, number]] : []),
    ...(parts.consumptionTaxFen > 0
      ? [['consumption_tax', parts.consumptionTaxFen] as [string, number]]
      : []),
    ['vat', parts.vatFen],
    ['total', parts.totalFen, true],
  ];
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: 'auto auto',
        justifyContent: 'start',
        columnGap: 3,
        rowGap: 0.25,
        fontVariantNumeric: 'tabular-nums',
      }}
    >
      {rows.map(([key, fen, strong]) => (
        <Box key={key} sx={{ display: 'contents', fontWeight: strong ? 600 : undefined }}>
          <Typography
            component="dt"
            variant="body2"
            color={strong ? 'text.primary' : 'text.secondary'}
            sx={{ fontWeight: 'inherit' }}
          >
            {translate(`resources.products.breakdown.${key}`)}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, textAlign: 'end', fontWeight: 'inherit' }}>
            {money(fen)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
