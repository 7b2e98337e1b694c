/**
 * What the per-character loop of normalisation notices about the units it wrote, so the follow-up passes
 * (leetspeak, variants, the Latin-join and Han views) can be skipped outright when their trigger never
 * occurs. A set flag means "run the pass"; the pass then decides exactly (for most flags it is a superset).
 */
export const SEEN_HAN = 1;
/**
 * Exactly when the leetspeak pass would rewrite a unit: a token of [a-z0-9$@] with a letter and a leet unit
 * the pass decodes (50ml has leet digits, but a leading quantity stays as it is).
 */
export const SEEN_LEET = 2;
/** A Han unit the variants pass rewrites or keys on: 蕞, 壹, 第. */
export const SEEN_VARIANT_HAN = 4;
/** Three one-character Latin tokens with only separators between: a B.E.S.T run (N8b); 1.7 is no run. */
export const SEEN_JOIN = 8;
/** A Han unit followed by itself, a separator or a surrogate: the only places the Han view differs. */
export const SEEN_HAN_CHANGE = 16;
/**
 * "i" then a Han unit, or "yi": each pinyin rewrite of N6 needs one (zui佳, di一, diyi, weiyi). Leetspeak, which
 * runs first, writes neither an "i", a "y" nor Han, so the flag still holds for the text variants will read.
 */
export const SEEN_PINYIN = 32;
export const SEEN_MASK = 63;
