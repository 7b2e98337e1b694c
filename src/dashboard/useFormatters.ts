import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { formatFen } from '../domain/money';
import { languageTag } from '../i18n';

/** Counts and money in the console's language (e.g. 12,345 and ¥1,234.50). */
export const useFormatters = () => {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(languageTag(locale));
    return {
      count: (value: number) => numbers.format(value),
      money: (fen: number) => formatFen(fen, locale),
    };
  }, [locale]);
};
