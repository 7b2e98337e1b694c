// Where a store's parcels leave from: the countries brands on RED ship from today. The platform accepts any
// ISO 3166-1 alpha-2 code; a short list reads better than two hundred entries in a phone's dropdown.
export const originCountryCodes = [
  'CN',
  'HK',
  'JP',
  'KR',
  'SG',
  'TH',
  'MY',
  'AU',
  'NZ',
  'US',
  'CA',
  'GB',
  'IE',
  'FR',
  'DE',
  'IT',
  'ES',
  'PT',
  'NL',
  'BE',
  'CH',
  'AT',
  'DK',
  'SE',
  'NO',
  'FI',
  'PL',
] as const;

/** The country's name in the reader's language; the browser knows them, so no catalogue is needed. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    // An unknown code is shown as it is rather than hidden.
    return code;
  }
}

/** Choices for a country input, sorted by name in the reader's language; a stored code not listed is kept. */
export function countryChoices(locale: string, current?: string | null) {
  const codes: string[] = [...originCountryCodes];
  if (current && !codes.includes(current)) codes.push(current);
  return codes
    .map((id) => ({ id, name: countryName(id, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
