import { useLocaleState } from 'react-admin';
import { formatFen } from '../../domain/money';

/** Formats integer fen in the console's locale; for amounts that are not a record field. */
export function useFen(): (fen: number) => string {
  const [locale] = useLocaleState();
  return (fen) => formatFen(fen, locale);
}
