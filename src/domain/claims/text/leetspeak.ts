import type { MappedText } from './mappedText';

/**
 * N7: decode leetspeak inside Latin tokens that hold at least one letter (b3st, be$t, N0.1, 0ne), in place.
 * `1` stays, because the No.1 patterns need it. A leading run of two or more digits is a quantity with a
 * unit (50ml, 100g) and stays too, as do digit-only tokens (No.10).
 */
const LEET = new Int32Array(128).fill(-1);
for (const [from, to] of [
  ['0', 'o'],
  ['3', 'e'],
  ['4', 'a'],
  ['5', 's'],
  ['7', 't'],
  ['$', 's'],
  ['@', 'a'],
]) {
  LEET[from.charCodeAt(0)] = to.charCodeAt(0);
}

const isLetter = (u: number) => u >= 0x61 && u <= 0x7a;
const isDigit = (u: number) => u >= 0x30 && u <= 0x39;
const isTokenUnit = (u: number) => isLetter(u) || isDigit(u) || u === 0x24 || u === 0x40;

/** Returns whether any unit changed (a token like 50ml holds leet digits but keeps them). */
export function decodeLeetspeak(view: MappedText): boolean {
  const { units, length } = view;
  let changed = false;
  let i = 0;
  while (i < length) {
    if (!isTokenUnit(units[i])) {
      i++;
      continue;
    }
    let end = i;
    let hasLetter = false;
    let hasLeet = false;
    while (end < length && isTokenUnit(units[end])) {
      const unit = units[end];
      if (isLetter(unit)) hasLetter = true;
      else if (LEET[unit] >= 0) hasLeet = true;
      end++;
    }
    if (hasLetter && hasLeet && decodeToken(units, i, end)) changed = true;
    i = end;
  }
  return changed;
}

function decodeToken(units: Uint16Array, from: number, to: number): boolean {
  let changed = false;
  let k = from;
  while (k < to && isDigit(units[k])) k++;
  const firstDecoded = k - from >= 2 ? k : from;
  for (let j = firstDecoded; j < to; j++) {
    const decoded = LEET[units[j]];
    // a leading or trailing '$'/'@' (price, mention) is not a letter substitute
    if (decoded >= 0 && (isDigit(units[j]) || (j > from && j + 1 < to))) {
      units[j] = decoded;
      changed = true;
    }
  }
  return changed;
}
