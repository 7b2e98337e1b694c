import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';

/** The platform stores ISO 3166-1 alpha-2 codes; the browser knows their names in every locale. */
export const CountryField = (props: FieldProps & { source: string }) => {
  const code: unknown = useFieldValue(props);
  const [locale] = useLocaleState();
  if (typeof code !== 'string' || code === '') return null;
  let name = code;
  try {
    name = new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    // An unknown code is shown as it is rather than hiding the brand's country.
  }
  return (
    <Typography component="span" variant="body2">
      {name}
    </Typography>
  );
};
