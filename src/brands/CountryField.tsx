import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { countryName } from './countryCodes';

/** The platform stores ISO 3166-1 alpha-2 codes; the browser knows their names in every locale. */
export const CountryField = (props: FieldProps & { source: string }) => {
  const code: unknown = useFieldValue(props);
  const [locale] = useLocaleState();
  if (typeof code !== 'string' || code === '') return null;
  return (
    <Typography component="span" variant="body2">
      {countryName(code.toUpperCase(), locale)}
    </Typography>
  );
};
