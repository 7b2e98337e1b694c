import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate, useTranslateLabel } from 'react-admin';
import { formatFen } from '../domain/money';
import type { FieldDifference } from './conflictDiff';

const EMPTY = '—';

/** Money fields are named *Fen by contract; showing them as yuan is what makes the comparison readable. */
function display(field: string, value: unknown, locale: string): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (field.endsWith('Fen') && typeof value === 'number' && Number.isSafeInteger(value))
    return formatFen(value, locale);
  if (Array.isArray(value)) return value.map((item) => summary(item, locale)).join('; ') || EMPTY;
  return typeof value === 'object' ? summary(value, locale) : String(value);
}

/** A readable form of a nested value: a SKU by its spec, price and stock, a file or attribute by its name. */
function summary(value: unknown, locale: string): string {
  if (typeof value !== 'object' || value === null) return String(value);
  const record = value as Record<string, unknown>;
  if (typeof record.spec === 'string' && typeof record.priceFen === 'number')
    return `${record.spec} · ${formatFen(record.priceFen, locale)} · ${String(record.stock)}`;
  if (typeof record.name === 'string')
    return typeof record.value === 'string' ? `${record.name}: ${record.value}` : record.name;
  return JSON.stringify(value);
}

export const ConflictTable = ({
  resource,
  differences,
}: {
  resource: string;
  differences: FieldDifference[];
}) => {
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const [locale] = useLocaleState();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('components.conflict.field')}</TableCell>
          <TableCell>{translate('components.conflict.yours')}</TableCell>
          <TableCell>{translate('components.conflict.theirs')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {differences.map(({ field, yours, theirs, changedByYou }) => (
          <TableRow key={field}>
            <TableCell component="th" scope="row">
              {translateLabel({ source: field, resource })}
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>
              {changedByYou ? display(field, yours, locale) : translate('components.conflict.unchanged')}
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>{display(field, theirs, locale)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
