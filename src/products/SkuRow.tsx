import { memo, useCallback, useId } from 'react';
import { Box, IconButton, Paper, Stack, Tooltip, Typography } from '@mui/material';
import MoveUpIcon from '@mui/icons-material/ArrowUpward';
import MoveDownIcon from '@mui/icons-material/ArrowDownward';
import RemoveIcon from '@mui/icons-material/DeleteOutline';
import { useFormContext, useWatch } from 'react-hook-form';
import { NumberInput, TextInput, useTranslate } from 'react-admin';
import { MoneyInput } from '../components/MoneyInput';
import { skuValidators as validate } from './productValidation';
import { SkuPriceBreakdown } from './SkuPriceBreakdown';

// react-admin turns a cleared text box into null; the platform wants "" for an optional barcode.
const keepText = (value: string) => value;

export interface SkuRowProps {
  index: number;
  count: number;
  /** The row's stable key, so the editor can give the keyboard back to a moved row's button. */
  rowKey: string;
  crossBorder: boolean;
  onMove: (index: number, to: number) => void;
  onRemove: (index: number) => void;
}

const label = (field: string) => `resources.products.skus.fields.${field}`;

/** "SKU 2: 50 ml", following what is typed in the row's spec. */
const useRowTitle = (index: number) => {
  const translate = useTranslate();
  const spec: unknown = useWatch({ name: `skus.${index}.spec` });
  const number = index + 1;
  return typeof spec === 'string' && spec.trim()
    ? translate('resources.products.skus.row_named', { number, spec: spec.trim() })
    : translate('resources.products.skus.row', { number });
};

/**
 * One SKU: spec, sale and list price (yuan on screen, fen in the form), stock and barcode, with buttons
 * to move and remove it and, for cross-border stores, what a buyer pays. The inputs stack on a phone.
 * Memoised: typing in a row re-renders that input only, never the other rows.
 */
export const SkuRow = memo(function SkuRow({
  index,
  count,
  rowKey,
  crossBorder,
  onMove,
  onRemove,
}: SkuRowProps) {
  const translate = useTranslate();
  const { trigger, getFieldState } = useFormContext();
  const titleId = useId();
  const title = useRowTitle(index);
  const number = index + 1;
  const source = (field: string) => `skus.${index}.${field}`;

  // The sale price is checked against the list price: a new list price may make it right or wrong.
  const salePriceSource = source('priceFen');
  const recheckSalePrice = useCallback(() => {
    const salePrice = getFieldState(salePriceSource);
    if (salePrice.isTouched || salePrice.invalid) void trigger(salePriceSource);
  }, [getFieldState, trigger, salePriceSource]);

  const removeReason = count <= 1 ? translate('resources.products.skus.last_one') : '';
  return (
    <Paper
      variant="outlined"
      role="group"
      aria-labelledby={titleId}
      data-row-key={rowKey}
      sx={{ p: { xs: 1.5, sm: 2 } }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 0.5 }}>
        <Typography
          id={titleId}
          variant="subtitle2"
          component="h4"
          sx={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}
        >
          {title}
        </Typography>
        <Tooltip title={translate('resources.products.skus.move_up', { number })}>
          <span>
            <IconButton
              size="small"
              data-action="up"
              aria-label={translate('resources.products.skus.move_up', { number })}
              disabled={index === 0}
              onClick={() => onMove(index, index - 1)}
            >
              <MoveUpIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title={translate('resources.products.skus.move_down', { number })}>
          <span>
            <IconButton
              size="small"
              data-action="down"
              aria-label={translate('resources.products.skus.move_down', { number })}
              disabled={index === count - 1}
              onClick={() => onMove(index, index + 1)}
            >
              <MoveDownIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title={removeReason || translate('resources.products.skus.remove', { number })}>
          <span>
            <IconButton
              size="small"
              aria-label={translate('resources.products.skus.remove', { number })}
              disabled={count <= 1}
              onClick={() => onRemove(index)}
            >
              <RemoveIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
      </Stack>
      <Box
        sx={{
          display: 'grid',
          columnGap: 2,
          // The form's width, not the window's, decides: the sidebar takes a varying share of the screen.
          gridTemplateColumns: 'minmax(0, 1fr)',
          '@container (min-width: 480px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
          '@container (min-width: 820px)': { gridTemplateColumns: '2fr 1fr 1fr 1fr 1.5fr' },
        }}
      >
        <TextInput
          source={source('spec')}
          label={label('spec')}
          validate={validate.spec}
          helperText="resources.products.skus.helpers.spec"
        />
        <MoneyInput
          source={source('priceFen')}
          label={label('priceFen')}
          validate={validate.priceFen}
          fullWidth
        />
        <MoneyInput
          source={source('listPriceFen')}
          label={label('listPriceFen')}
          validate={validate.listPriceFen}
          onChange={recheckSalePrice}
          fullWidth
        />
        <NumberInput
          source={source('stock')}
          label={label('stock')}
          validate={validate.stock}
          min={0}
          step={1}
        />
        <TextInput
          source={source('barcode')}
          label={label('barcode')}
          validate={validate.barcode}
          parse={keepText}
          helperText="resources.products.skus.helpers.barcode"
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
      </Box>
      {crossBorder && (
        <Box sx={{ mt: 1 }}>
          <SkuPriceBreakdown
            index={index}
            label={translate('resources.products.show.breakdown_for', { spec: title })}
          />
        </Box>
      )}
    </Paper>
  );
});
