import { useCallback, useRef, useState } from 'react';
import { Box, Button, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import { MAX_SKUS, type Sku } from '../api';
import { FieldArrayError } from './FieldArrayError';
import { RemovalNotice } from './RemovalNotice';
import { visuallyHidden } from '../components/visuallyHidden';
import { SkuRow } from './SkuRow';
import { useFocusAfterMove } from './useFocusAfterMove';
import { useUndoableRemoval } from './useUndoableRemoval';

/** A new row: the prices are empty rather than 0 so the person has to type them. */
export const emptySku = (): Partial<Sku> & Pick<Sku, 'spec' | 'stock' | 'barcode'> => ({
  spec: '',
  stock: 0,
  barcode: '',
});

/**
 * The product's SKUs as rows the person can add, remove (with undo), and move up and down. Errors the
 * platform answers at `skus.N.field` land on the row's input, the list's own error under the rows.
 * For cross-border stores each row shows what a buyer pays.
 */
export const SkuEditor = ({ crossBorder }: { crossBorder: boolean }) => {
  const translate = useTranslate();
  const { control, getValues } = useFormContext();
  const { fields, append, remove, insert, move } = useFieldArray({ control, name: 'skus' });
  const [announcement, setAnnouncement] = useState('');
  const container = useRef<HTMLDivElement>(null);
  const focusAfterMove = useFocusAfterMove(container, 'row-key', { up: 'down', down: 'up' });

  const specAt = useCallback(
    (index: number) => {
      const spec: unknown = getValues(`skus.${index}.spec`);
      return typeof spec === 'string' && spec.trim()
        ? spec.trim()
        : translate('resources.products.skus.unnamed');
    },
    [getValues, translate],
  );
  const removal = useUndoableRemoval<Sku>({
    remove,
    insert,
    valueAt: useCallback((index: number) => getValues(`skus.${index}`) as Sku, [getValues]),
    nameAt: specAt,
  });
  const { removeAt, forget } = removal;

  const onMove = useCallback(
    (from: number, to: number) => {
      const spec = specAt(from);
      const key = fields[from]?.id;
      move(from, to);
      if (key) focusAfterMove(key, to < from ? 'up' : 'down');
      setAnnouncement(
        translate('resources.products.skus.moved', { spec, position: to + 1, count: fields.length }),
      );
    },
    [fields, move, specAt, translate, focusAfterMove],
  );
  const onRemove = useCallback(
    (index: number) => {
      setAnnouncement('');
      removeAt(index);
    },
    [removeAt],
  );

  const add = () => {
    forget();
    append(emptySku(), { shouldFocus: true, focusName: `skus.${fields.length}.spec` });
  };

  return (
    <Box sx={{ width: '100%', containerType: 'inline-size' }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {translate('resources.products.skus.intro')}
      </Typography>
      <Stack spacing={1.5} ref={container}>
        {fields.map((field, index) => (
          <SkuRow
            key={field.id}
            rowKey={field.id}
            index={index}
            count={fields.length}
            crossBorder={crossBorder}
            onMove={onMove}
            onRemove={onRemove}
          />
        ))}
      </Stack>
      <FieldArrayError name="skus" />
      {removal.removal && (
        <RemovalNotice
          message={translate('resources.products.skus.removed', { spec: removal.removal.name })}
          onUndo={removal.undo}
          undoRef={removal.undoRef}
        />
      )}
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, mt: 1.5, flexWrap: 'wrap' }}>
        <Button
          startIcon={<AddIcon />}
          onClick={add}
          disabled={fields.length >= MAX_SKUS}
          variant="outlined"
          size="small"
        >
          {translate('resources.products.skus.add')}
        </Button>
        {fields.length >= MAX_SKUS && (
          <Typography variant="caption" color="text.secondary">
            {translate('resources.products.skus.max_reached', { max: MAX_SKUS })}
          </Typography>
        )}
      </Stack>
      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {announcement}
      </Box>
    </Box>
  );
};
