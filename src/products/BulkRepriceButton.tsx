import { useId, useState, type FormEvent } from 'react';
import PercentIcon from '@mui/icons-material/PercentOutlined';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  InputAdornment,
  TextField,
} from '@mui/material';
import { Button, useListContext, useTranslate } from 'react-admin';
import { BULK_LIMIT, useBulkMutation } from './BulkMutation';
import { BulkRepricePreview } from './BulkRepricePreview';
import { counted } from './BulkCount';

const MIN_PERCENT = -90;
const MAX_PERCENT = 100;

type ParsedPercent = { ok: true; value: number } | { ok: false; reason: 'not_a_number' | 'range' } | null;

/** "-10", "−10 %", "+12.5", "12,5": what people type for a percentage; null while the box is empty. */
export function parsePercent(text: string): ParsedPercent {
  const normalised = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/%$/, '')
    .trim()
    .replace(',', '.');
  if (normalised === '') return null;
  if (!/^[+-]?\d+(\.\d{1,2})?$/.test(normalised)) return { ok: false, reason: 'not_a_number' };
  const value = Number(normalised);
  if (value === 0 || value < MIN_PERCENT || value > MAX_PERCENT) return { ok: false, reason: 'range' };
  return { ok: true, value };
}

/** Changes the sale price of every SKU of the selected products by a percentage, after a preview. */
export const BulkRepriceButton = () => {
  const translate = useTranslate();
  const fieldId = useId();
  const { selectedIds } = useListContext();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const { mutate, isPending } = useBulkMutation();
  const parsed = parsePercent(text);
  const count = selectedIds.length;

  const close = () => {
    setOpen(false);
    setText('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!parsed?.ok) return;
    mutate({ action: 'reprice', ids: selectedIds.map(String), percent: parsed.value }, { onSuccess: close });
  };

  return (
    <>
      <Button
        label="resources.products.bulk.reprice.button"
        onClick={() => setOpen(true)}
        disabled={count === 0 || count > BULK_LIMIT}
      >
        <PercentIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="xs" aria-labelledby={`${fieldId}-title`}>
        <form onSubmit={submit} noValidate>
          <DialogTitle id={`${fieldId}-title`}>
            {translate('resources.products.bulk.reprice.title', counted(count))}
          </DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>
              {translate('resources.products.bulk.reprice.content')}
            </DialogContentText>
            <TextField
              id={fieldId}
              label={translate('resources.products.bulk.reprice.percent')}
              value={text}
              onChange={(event) => setText(event.target.value)}
              error={parsed?.ok === false}
              helperText={translate(
                parsed?.ok === false
                  ? `resources.products.bulk.reprice.${parsed.reason}`
                  : 'resources.products.bulk.reprice.percent_hint',
              )}
              fullWidth
              size="small"
              slotProps={{
                input: { endAdornment: <InputAdornment position="end">%</InputAdornment> },
                htmlInput: { inputMode: 'decimal', autoComplete: 'off' },
              }}
            />
            {selectedIds[0] !== undefined && (
              <BulkRepricePreview productId={selectedIds[0]} percent={parsed?.ok ? parsed.value : null} />
            )}
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={close}>{translate('ra.action.cancel')}</MuiButton>
            <MuiButton type="submit" variant="contained" disabled={!parsed?.ok || isPending}>
              {translate('resources.products.bulk.reprice.confirm', counted(count))}
            </MuiButton>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
