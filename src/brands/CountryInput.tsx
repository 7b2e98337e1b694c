import { useMemo } from 'react';
import { AutocompleteInput, useLocaleState, type AutocompleteInputProps } from 'react-admin';
import { countryChoices } from './countryCodes';

/**
 * A country picked by name in the reader's language (type to narrow ~250 names), stored as its ISO code.
 * Names come from the browser and are not translation keys.
 */
export const CountryInput = (props: Omit<AutocompleteInputProps, 'choices'> & { source: string }) => {
  const [locale] = useLocaleState();
  const choices = useMemo(() => countryChoices(locale), [locale]);
  return <AutocompleteInput choices={choices} translateChoice={false} {...props} />;
};
