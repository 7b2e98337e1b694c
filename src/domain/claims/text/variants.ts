import { isHan } from './charClasses';
import type { MappedText } from './mappedText';

/**
 * N6: variants, homophones and pinyin, in place. 蕞 → 最 (not in 蕞尔), 第壹/第1 → 第一 (not 第10),
 * `zui`+Han → 最, `di`+一 / `diyi` → 第一, `weiyi` → 唯一. Pinyin only counts as a whole Latin word.
 */
interface PinyinRule {
  latin: string;
  han: string;
  /** true: must be followed by a Han character (zui佳, di一); false: must stand alone as a word (diyi). */
  beforeHan: boolean;
}

const PINYIN: PinyinRule[] = [
  { latin: 'zui', han: '最', beforeHan: true },
  { latin: 'diyi', han: '第一', beforeHan: false },
  { latin: 'weiyi', han: '唯一', beforeHan: false },
  { latin: 'di', han: '第', beforeHan: true },
];
const ZUI_VARIANT = '蕞'.charCodeAt(0);
const ER = '尔'.charCodeAt(0);
const ZUI = '最'.charCodeAt(0);
const DI = '第'.charCodeAt(0);
const YI = '一'.charCodeAt(0);
const YI_FORMAL = '壹'.charCodeAt(0);
const Z = 0x7a;
const D = 0x64;
const W = 0x77;

const isLetter = (u: number) => u >= 0x61 && u <= 0x7a;
const isDigit = (u: number) => u >= 0x30 && u <= 0x39;

/** A read-only look for anything N6 could rewrite; most texts have none, and skip the rewrite. */
export function hasVariantTrigger(view: MappedText): boolean {
  const { units, length } = view;
  for (let i = 0; i < length; i++) {
    const unit = units[i];
    if (unit === ZUI_VARIANT || unit === YI_FORMAL) return true;
    if (unit === DI && (units[i + 1] === 0x31 || units[i + 1] === YI_FORMAL)) return true;
    if (
      (unit === Z || unit === D || unit === W) &&
      (i === 0 || !isLetter(units[i - 1])) &&
      matchPinyin(units, length, i)
    )
      return true;
  }
  return false;
}

/** Rewrites in place (the text can only shrink) and returns the view with its new length. */
export function applyVariants(view: MappedText): MappedText {
  const { units, starts, ends, length } = view;
  let write = 0;
  let read = 0;
  while (read < length) {
    const unit = units[read];
    let replacement = -1;
    let rule: PinyinRule | undefined;
    if (unit === ZUI_VARIANT) {
      if (!(read + 1 < length && units[read + 1] === ER)) replacement = ZUI; // the buffer holds stale units past length
    } else if (unit === YI_FORMAL || unit === 0x31) {
      const previous = write > 0 ? units[write - 1] : 0;
      if (previous === DI && (unit === YI_FORMAL || !(read + 1 < length && isDigit(units[read + 1]))))
        replacement = YI;
    } else if ((unit === Z || unit === D || unit === W) && !(write > 0 && isLetter(units[write - 1]))) {
      rule = matchPinyin(units, length, read);
    }
    if (rule) {
      const after = read + rule.latin.length;
      const share = Math.ceil(rule.latin.length / rule.han.length);
      for (let k = 0; k < rule.han.length; k++) {
        const from = read + k * share;
        const to = Math.min(after, from + share) - 1;
        units[write] = rule.han.charCodeAt(k);
        starts[write] = starts[from];
        ends[write] = ends[to];
        write++;
      }
      read = after;
      continue;
    }
    units[write] = replacement >= 0 ? replacement : unit;
    starts[write] = starts[read];
    ends[write] = ends[read];
    write++;
    read++;
  }
  return write === length ? view : { units, starts, ends, length: write, text: undefined };
}

// Second letters of the pinyin words (u, i, e): most words starting with z, d or w fail on this one read.
const PINYIN_SECOND = new Set(PINYIN.map((rule) => rule.latin.charCodeAt(1)));
const PINYIN_CODES = PINYIN.map((rule) => Array.from(rule.latin, (c) => c.charCodeAt(0)));
const isHanCode = isHan; // module-local: imported calls cost a getter each under tsx's CommonJS output

function matchPinyin(units: Uint16Array, length: number, at: number): PinyinRule | undefined {
  // bounded reads: the scratch buffer holds an earlier text's units past `length`
  if (at + 1 >= length || !PINYIN_SECOND.has(units[at + 1])) return undefined;
  for (let r = 0; r < PINYIN.length; r++) {
    const rule = PINYIN[r];
    const codes = PINYIN_CODES[r];
    let same = true;
    for (let k = 0; k < codes.length && same; k++) same = at + k < length && units[at + k] === codes[k];
    if (!same) continue;
    const after = at + rule.latin.length;
    const next = after < length ? units[after] : -1;
    if (
      rule.beforeHan ? next >= 0 && isHanCode(next) && (rule.latin !== 'di' || next === YI) : !isLetter(next)
    )
      return rule;
  }
  return undefined;
}
