import { each, en } from './build';
import type { TermEntry } from './types';

/** RULES.md §3.1, English side, plus the No.1 family that applies in both languages. */
// A separator between "No"/"TOP" and the digit (NO·1, No-1, TOP_1) is the same claim; N8b cannot join these
// because "No" and "TOP" are multi-letter tokens.
const NO1_PREFIXES = [
  'no.',
  'no. ',
  'no ',
  'no',
  'no:',
  'no·',
  'no-',
  'no_',
  'no•',
  'no・',
  'n.o.',
  'nr.',
  '#',
  'top',
  'top ',
  'top.',
  'top-',
  'top·',
  'top_',
  'top•',
  'top・',
  'number ',
  'number',
  'number-',
];
// Digit-one look-alikes (N4) only where a dot makes the intent unambiguous: "NO.l", "TOP.I".
const ONE_LOOKALIKE_PREFIXES = new Set(['no.', 'top.', 'nr.']);

const no1Surfaces = [
  ...NO1_PREFIXES.flatMap((prefix) =>
    (ONE_LOOKALIKE_PREFIXES.has(prefix) ? ['1', 'l', 'i', '|'] : ['1']).map((one) => prefix + one),
  ),
  'number one',
  'numberone',
];

const sup = (term: string, surfaces?: string[]) => en('R-SUP-EN', 'SUP', 'block', term, surfaces);
const MOST_ADJECTIVES = [
  'effective',
  'popular',
  'advanced',
  'powerful',
  'trusted',
  'loved',
  'comfortable',
  'affordable',
  'innovative',
  'reliable',
];

export const superlativeEnTerms: TermEntry[] = [
  en('R-SUP-NO1', 'SUP', 'block', 'no.1', no1Surfaces, { collapse: true, guard: 'no1' }),
  // "best" counts anywhere inside a token (#thebestserum); the token whitelist handles asbestos & co.
  en('R-SUP-EN', 'SUP', 'block', 'best', ['best'], { boundary: 'none', collapse: true, guard: 'bestEn' }),
  en(
    'R-SUP-EN',
    'SUP',
    'block',
    'best-selling',
    ['bestseller', 'best seller', 'best-seller', 'best-selling', 'best selling', 'bestselling'],
    { boundary: 'none', collapse: true },
  ),
  ...each(sup, ['greatest', 'cheapest', 'strongest', 'safest', 'unbeatable', 'unmatched', 'unparalleled']),
  sup('unrivaled', ['unrivaled', 'unrivalled']),
  sup('lowest price', ['lowest price', 'lowest prices', 'lowest-price']),
  ...MOST_ADJECTIVES.map((adjective) => sup(`most ${adjective}`)),
  en('R-SUP-TOP', 'SUP', 'block', 'world-class', ['world-class', 'world class', 'worldclass']),
  en('R-SUP-UNIQ', 'SUP', 'block', 'the only', ['the only'], { guard: 'theOnly' }),
  en('R-SUP-SLANG', 'SUP', 'warn', 'yyds'),
  en('R-SUP-TOPRATED', 'SUP', 'warn', 'top-rated', ['top-rated', 'top rated', 'toprated']),
  en('R-FIRST', 'SUP', 'warn', "world's first", [
    "world's first",
    'worlds first',
    'world first',
    'first-ever',
    'first ever',
    'industry-first',
    'industry first',
    "industry's first",
  ]),
];
