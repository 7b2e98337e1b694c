import type { z } from 'zod';
import { parseYuan } from '../../domain/yuan';

/** What reading one cell gives: the value, or the message key (and its values) saying what is wrong. */
export type CellResult<T> =
  { ok: true; value: T } | { ok: false; code: string; params?: Record<string, string | number> };

export const cellOk = <T>(value: T): CellResult<T> => ({ ok: true, value });
export const cellError = <T>(code: string, params?: Record<string, string | number>): CellResult<T> => ({
  ok: false,
  code,
  params,
});

/** zod's own checks carry no message key; these are the ones the platform uses too (docs/api.md). */
const keyForBuiltInIssue = (issue: z.core.$ZodRawIssue): string => {
  if (issue.code === 'invalid_type')
    return issue.input === undefined ? 'validation.required' : 'validation.invalid_type';
  if (issue.code === 'invalid_value') return 'validation.invalid_choice';
  return 'validation.invalid';
};

/** Checks a cell with the contract's own schema for the field, so import and form agree on every rule. */
export function bySchema<S extends z.ZodType>(schema: S, value: unknown): CellResult<z.output<S>> {
  const result = schema.safeParse(value, { error: keyForBuiltInIssue });
  return result.success
    ? cellOk(result.data)
    : cellError(result.error.issues[0]?.message ?? 'validation.invalid');
}

/** Yuan with up to two decimals, as typed in a spreadsheet (thousands separators allowed), to fen. */
export function readMoney(cell: string): CellResult<number> {
  const parsed = parseYuan(cell.replace(/^[¥￥]/, ''));
  if (!parsed.ok)
    return cellError(
      parsed.reason === 'too_many_decimals' ? 'imports.errors.money_decimals' : 'imports.errors.money',
    );
  return parsed.fen === null ? cellError('validation.required') : cellOk(parsed.fen);
}

export function readWholeNumber(cell: string): CellResult<number> {
  if (cell === '') return cellError('validation.required');
  if (/^-\d+$/.test(cell)) return cellError('validation.not_negative');
  return /^\d+$/.test(cell) ? cellOk(Number(cell)) : cellError('validation.integer');
}

const yes = new Set(['true', 'yes', 'y', '1', '是']);
const no = new Set(['false', 'no', 'n', '0', '否']);

export function readBoolean(cell: string): CellResult<boolean> {
  const value = cell.toLowerCase();
  if (value === '') return cellError('validation.required');
  if (yes.has(value)) return cellOk(true);
  return no.has(value) ? cellOk(false) : cellError('imports.errors.boolean');
}

/** Excel shows long digit strings in scientific notation and saves them so, losing digits. */
export const looksLikeScientific = (cell: string) => /^\d+(\.\d+)?e\+?\d+$/i.test(cell);
