import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useResourceContext, useTranslate, type FieldProps } from 'react-admin';

interface StatusChipProps<R extends { id: string; status: string }> extends FieldProps<R> {
  /** Palette colours (not hard-coded hues) so the chips keep their contrast in the dark theme too. */
  colors: Record<R['status'], ChipProps['color']>;
}

/** The record's `status` as a small chip, translated as `resources.<resource>.statuses.<status>`. */
export function StatusChip<R extends { id: string; status: string }>({
  colors,
  ...props
}: StatusChipProps<R>) {
  const record = useRecordContext<R>(props);
  const resource = useResourceContext(props);
  const translate = useTranslate();
  if (!record) return null;
  const status: R['status'] = record.status;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={colors[status]}
      label={translate(`resources.${resource}.statuses.${status}`)}
    />
  );
}
