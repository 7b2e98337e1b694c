import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { afterSalesRejectReasonSchema, type AfterSalesRejectReason } from '../../api';

export const REJECT_NOTE_MAX = 300;

interface RejectReasonInputsProps {
  reason: AfterSalesRejectReason | '';
  note: string;
  errors: Record<string, string>;
  onReason: (reason: AfterSalesRejectReason) => void;
  onNote: (note: string) => void;
}

/** Why the request is refused; the note is required for "other", so the buyer gets a real answer. */
export const RejectReasonInputs = ({ reason, note, errors, onReason, onNote }: RejectReasonInputsProps) => {
  const translate = useTranslate();
  return (
    <Stack spacing={2}>
      <TextField
        select
        required
        label={translate('resources.after-sales.fields.rejectReason')}
        value={reason}
        onChange={(event) => onReason(afterSalesRejectReasonSchema.parse(event.target.value))}
        error={Boolean(errors.rejectReason)}
        helperText={errors.rejectReason ? translate(errors.rejectReason) : ' '}
      >
        {afterSalesRejectReasonSchema.options.map((option) => (
          <MenuItem key={option} value={option}>
            {translate(`resources.after-sales.reject_reasons.${option}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        multiline
        minRows={2}
        required={reason === 'other'}
        label={translate('resources.after-sales.fields.rejectNote')}
        value={note}
        onChange={(event) => onNote(event.target.value)}
        slotProps={{ htmlInput: { maxLength: REJECT_NOTE_MAX } }}
        error={Boolean(errors.rejectNote)}
        helperText={
          errors.rejectNote
            ? translate(errors.rejectNote)
            : translate('resources.after-sales.decision.note_help', {
                count: note.length,
                max: REJECT_NOTE_MAX,
              })
        }
      />
    </Stack>
  );
};
