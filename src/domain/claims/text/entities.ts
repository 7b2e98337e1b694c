/** HTML character references (N0). Only what shows up in merchant copy; numeric references cover the rest. */
const NAMED: Record<string, string> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  middot: '·',
  bull: '•',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwsp: '\u200b',
  zwj: '\u200d',
  zwnj: '\u200c',
  shy: '\u00ad',
  copy: '©',
  reg: '®',
  trade: '™',
  times: '×',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  deg: '°',
  laquo: '«',
  raquo: '»',
};

const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/y;

/** Decodes the entity starting at `at`, or returns null when there is none. */
export function decodeEntityAt(text: string, at: number): { chars: string; length: number } | null {
  ENTITY.lastIndex = at;
  const match = ENTITY.exec(text);
  if (!match) return null;
  const body = match[1];
  let chars: string | undefined;
  if (body[0] === '#') {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (code > 0 && code <= 0x10ffff) chars = String.fromCodePoint(code);
  } else {
    chars = NAMED[body.toLowerCase()];
  }
  return chars === undefined ? null : { chars, length: match[0].length };
}
