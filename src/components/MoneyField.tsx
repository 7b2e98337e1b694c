import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { formatFen } from '../domain/money';

/** Shows an integer-fen amount as yuan in the console's current locale (¥ in zh, CN¥ in en). */
export const MoneyField = (props: FieldProps & { source: string }) => {
  const value: unknown = useFieldValue(props);
  const [locale] = useLocaleState();
  // formatFen refuses fractions of a fen; a malformed record must not take the whole page down.
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) return null;
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatFen(value, locale)}
    </Typography>
  );
};
