// Where cross-border goods are made: the countries brands on RED import from. The platform accepts any
// ISO 3166-1 alpha-2 code; a short list reads better than two hundred entries in a phone's dropdown.
const originCountryCodes = [
  'FR',
  'IT',
  'DE',
  'ES',
  'PT',
  'NL',
  'BE',
  'CH',
  'AT',
  'GB',
  'IE',
  'SE',
  'DK',
  'NO',
  'FI',
  'PL',
  'US',
  'CA',
  'AU',
  'NZ',
  'JP',
  'KR',
  'TH',
  'SG',
  'MY',
  'VN',
  'ID',
  'IL',
  'ZA',
  'BR',
  'CL',
] as const;

/** The country's name in the reader's language; the browser knows them, so no catalogue is needed. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale === 'zh' ? 'zh-CN' : locale], { type: 'region' }).of(code) ?? code;
  } catch {
    // An unknown code is shown as it is rather than hidden.
    return code;
  }
}

/** Choices sorted by name in the reader's language; a stored code that is not listed is kept. */
export function originCountryChoices(locale: string, current?: unknown) {
  const codes: string[] = [...originCountryCodes];
  if (typeof current === 'string' && /^[A-Z]{2}$/.test(current) && !codes.includes(current))
    codes.push(current);
  return codes
    .map((id) => ({ id, name: countryName(id, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
