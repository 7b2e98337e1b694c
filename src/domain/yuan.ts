/**
 * What a person types (yuan, up to two decimals) to and from what the platform stores (integer fen).
 * Parsing works on the digits rather than on floats so "0.29" is 29 fen, never 28.999….
 */
export type ParsedYuan =
  { ok: true; fen: number | null } | { ok: false; reason: 'too_many_decimals' | 'not_a_number' };

const YUAN = /^(\d+)(?:\.(\d*))?$/;

export function parseYuan(text: string): ParsedYuan {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return { ok: true, fen: null };
  const match = YUAN.exec(trimmed);
  if (!match) return { ok: false, reason: 'not_a_number' };
  const decimals = match[2] ?? '';
  if (decimals.length > 2) return { ok: false, reason: 'too_many_decimals' };
  const fen = Number(match[1]) * 100 + Number(decimals.padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? { ok: true, fen } : { ok: false, reason: 'not_a_number' };
}

/** For numbers that are already yuan (e.g. from a chart); rounds to the nearest fen. */
export const yuanToFen = (yuan: number): number => Math.round(yuan * 100);

/** The text an input shows for a stored amount: "12" for whole yuan, "12.50" otherwise. */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.trunc(abs / 100);
  const rest = abs % 100;
  return rest === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(rest).padStart(2, '0')}`;
}
