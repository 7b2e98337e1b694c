/**
 * Every ISO 3166-1 alpha-2 code in use: the platform stores the code, the browser names it in the reader's
 * language (Intl.DisplayNames), so the list needs no catalogue of its own.
 */
export const countryCodes =
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ
FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP
MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE
RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(/\s+/);

/** The country's name in the reader's language; an unknown code is shown as it is rather than hidden. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale === 'zh' ? 'zh-CN' : locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Choices for a country input, sorted by name as the reader's language sorts them. */
export const countryChoices = (locale: string) =>
  countryCodes
    .map((id) => ({ id, name: countryName(id, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale === 'zh' ? 'zh-CN' : locale));
