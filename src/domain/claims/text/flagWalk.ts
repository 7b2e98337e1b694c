import { BMP_KINDS, KIND_ALNUM, KIND_HAN, KIND_SEPARATOR } from './charClasses';
import { SEEN_HAN, SEEN_HAN_CHANGE, SEEN_JOIN, SEEN_LEET, SEEN_PINYIN, SEEN_VARIANT_HAN } from './seenFlags';

/**
 * The rules of the flag walk, written for one unit at a time. unitFlags.ts turns them into a DFA table once
 * at load, so these run only then; the UnitWriter reads the table. A unit enters the rules only through
 * {@link factsOf}, so units with the same facts share a class.
 */
const HAN = 1;
const VARIANT_HAN = 2;
const LETTER = 4; // a-z
const DIGIT = 8;
const LEET_DIGIT = 16; // 0 3 4 5 7, decoded by leetspeak
const LEET_SYMBOL = 32; // $ @, decoded only inside a token
const ALNUM = 64;
const SEPARATOR_LIKE = 128; // separators (never a newline) and surrogates, whose pairs may be separators
const IS_I = 256;
const IS_Y = 512;

export const UNIT_FACTS: Uint16Array = buildFacts();

function buildFacts(): Uint16Array {
  const facts = new Uint16Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    const kind = BMP_KINDS[unit];
    const surrogate = unit >= 0xd800 && unit <= 0xdfff;
    if ((kind & KIND_HAN) !== 0) facts[unit] |= HAN;
    if ((kind & KIND_ALNUM) !== 0) facts[unit] |= ALNUM;
    if (surrogate || (unit !== 10 && (kind & KIND_SEPARATOR) !== 0)) facts[unit] |= SEPARATOR_LIKE;
  }
  for (let unit = 0x61; unit <= 0x7a; unit++) facts[unit] |= LETTER;
  for (let unit = 0x30; unit <= 0x39; unit++) facts[unit] |= DIGIT;
  for (const c of '03457') facts[c.charCodeAt(0)] |= LEET_DIGIT;
  for (const c of '$@') facts[c.charCodeAt(0)] |= LEET_SYMBOL;
  for (const c of '蕞壹第') facts[c.charCodeAt(0)] |= VARIANT_HAN;
  facts[0x69] |= IS_I;
  facts[0x79] |= IS_Y;
  return facts;
}

export interface WalkState {
  previousHan: boolean;
  previousI: boolean;
  previousY: boolean;
  // Latin join (N8b)
  run: number; // length of the alnum token being read, 2 standing for "two or more"
  afterSingle: boolean; // a one-character token, then only separators so far
  startAfterSingle: boolean; // the current token began that way
  chain: number; // one-character tokens in a row, separators only between them; 3 stands for "three or more"
  // Leetspeak (N7): the [a-z0-9$@] token being read, as decodeLeetspeak will judge it
  inToken: boolean;
  leadingDigits: number; // digits the token started with, while it still has only those (2: two or more); -1 after
  firstDigitLeet: boolean; // the first of those is a leet digit (decoded when it is the only leading one)
  hasLetter: boolean;
  hasDecoded: boolean; // a unit the pass would rewrite
  pendingSymbol: boolean; // a $ or @ after the token's start: decoded if the token goes on
}

export const START: WalkState = {
  previousHan: false,
  previousI: false,
  previousY: false,
  run: 0,
  afterSingle: false,
  startAfterSingle: false,
  chain: 0,
  inToken: false,
  leadingDigits: 0,
  firstDigitLeet: false,
  hasLetter: false,
  hasDecoded: false,
  pendingSymbol: false,
};

/** One unit with these facts; whether it repeats the unit before is the writer's business (seenOnRepeat). */
export function step(state: WalkState, facts: number): { next: WalkState; seen: number } {
  const next = { ...state };
  next.previousHan = (facts & HAN) !== 0;
  next.previousI = (facts & IS_I) !== 0;
  next.previousY = (facts & IS_Y) !== 0;
  let seen = ((facts & HAN) !== 0 ? SEEN_HAN : 0) | ((facts & VARIANT_HAN) !== 0 ? SEEN_VARIANT_HAN : 0);
  if (state.previousHan && (facts & SEPARATOR_LIKE) !== 0) seen |= SEEN_HAN_CHANGE;
  if (state.previousI ? (facts & HAN) !== 0 : state.previousY && (facts & IS_I) !== 0) seen |= SEEN_PINYIN;
  seen |= stepJoin(next, facts);
  seen |= stepLeet(next, facts);
  return { next, seen };
}

function stepJoin(s: WalkState, facts: number): number {
  let seen = 0;
  if ((facts & ALNUM) !== 0) {
    if (s.run === 0) s.startAfterSingle = s.afterSingle;
    s.run = Math.min(2, s.run + 1);
    return 0;
  }
  if (s.run > 0) {
    s.chain = s.run === 1 ? (s.startAfterSingle ? Math.min(3, s.chain + 1) : 1) : 0;
    if (s.chain >= 3) seen = SEEN_JOIN;
    s.afterSingle = s.run === 1;
  }
  s.run = 0;
  if ((facts & SEPARATOR_LIKE) === 0) s.afterSingle = false;
  return seen;
}

/** decodeLeetspeak's rule per token: a letter, and a leet digit past a leading quantity or an inner $ or @. */
function stepLeet(s: WalkState, facts: number): number {
  if ((facts & (LETTER | DIGIT | LEET_SYMBOL)) === 0) return endToken(s);
  if (!s.inToken) {
    Object.assign(s, { inToken: true, hasLetter: false, hasDecoded: false, pendingSymbol: false });
    s.leadingDigits = (facts & DIGIT) !== 0 ? 1 : -1;
    s.firstDigitLeet = (facts & LEET_DIGIT) !== 0;
    s.hasLetter = (facts & LETTER) !== 0; // a $ or @ starting a token is a price or a mention
    return 0;
  }
  if (s.pendingSymbol) s.hasDecoded = true;
  s.pendingSymbol = false;
  if (s.leadingDigits > 0) {
    if ((facts & DIGIT) !== 0) {
      s.leadingDigits = 2;
      return 0;
    }
    if (s.leadingDigits === 1 && s.firstDigitLeet) s.hasDecoded = true;
    s.leadingDigits = -1;
  }
  if ((facts & LETTER) !== 0) s.hasLetter = true;
  else if ((facts & LEET_DIGIT) !== 0) s.hasDecoded = true;
  else if ((facts & LEET_SYMBOL) !== 0) s.pendingSymbol = true;
  return 0;
}

function endToken(s: WalkState): number {
  if (!s.inToken) return 0;
  s.inToken = false;
  // a token of digits alone has no letter; a trailing $ or @ stays (pendingSymbol is dropped)
  const seen = s.hasLetter && s.hasDecoded ? SEEN_LEET : 0;
  Object.assign(s, { leadingDigits: 0, firstDigitLeet: false, hasLetter: false, hasDecoded: false });
  s.pendingSymbol = false;
  return seen;
}

/** What the end of the text adds: a B.E.S.T run or a leet token may end with the text. */
export function seenAtEnd(state: WalkState): number {
  const join = state.run === 1 && state.startAfterSingle && state.chain >= 2 ? SEEN_JOIN : 0;
  return join | endToken({ ...state });
}

/** SEEN_HAN_CHANGE when a unit with these facts repeats (淡淡): there the Han view collapses. */
export const seenOnRepeat = (facts: number) => ((facts & HAN) !== 0 ? SEEN_HAN_CHANGE : 0);
