/**
 * Money travels as integer fen (1/100 yuan) end to end; only the screen sees yuan. The locale is the console's
 * ('en' | 'zh') or any BCP 47 tag; Chinese is pinned to zh-CN so the symbol is ¥ rather than CN¥.
 */
export function formatFen(fen: number, locale: string): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Money must be a whole number of fen, got ${fen}`);
  const tag = locale === 'zh' ? 'zh-CN' : locale;
  return new Intl.NumberFormat(tag, { style: 'currency', currency: 'CNY' }).format(fen / 100);
}
