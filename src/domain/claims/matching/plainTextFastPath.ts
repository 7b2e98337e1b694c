import { traditionalToSimplified } from '../text/confusables';
import type { CompiledDictionary } from './compile';

/**
 * Most copy is plain: ASCII and common Han, no markup, no evasion. For such a text every normalisation step
 * of RULES.md §2 is the identity except lowercasing, so the views equal `text.toLowerCase()`. This module
 * answers, with native regexes and one automaton pass, whether such a text can hold any term at all. If it
 * cannot, the checker returns `pass` without building views; otherwise the full pipeline runs as usual.
 */

// Only characters whose NFKC, confusable and casefold forms are themselves (or plain ASCII lowercasing).
const PLAIN_CLASS = '\\n\\r\\t\\x20-\\x7e\\u4e00-\\u9fff\\u3001-\\u3011\\u3014-\\u301f\\u201c\\u201d';
const MARKUP = /[<&]|\*\*|__|~~|`|\]\(|(?:^|\n)[ \t]*(?:#{1,6} |[-*+] )/;
const SEPARATOR_CLASS = " \\t.*\\-_/|~+^=`'\"#@";
// N8 would change the text: separators between Han, or ≥3 single characters spaced out. (Repeated Han is
// collapsed on the fly by the automaton pass below, as the Han view would.)
const HAN_SEPARATED = new RegExp(`[\\u4e00-\\u9fff][${SEPARATOR_CLASS}]+[\\u4e00-\\u9fff]`);
const SPACED_SINGLES = new RegExp(
  `(?:^|[^a-z0-9])[a-z0-9][${SEPARATOR_CLASS}]+[a-z0-9][${SEPARATOR_CLASS}]+[a-z0-9](?![a-z0-9])`,
  'i',
);
// N7 and N6 would change the text (a superset of what they rewrite; "50ml" keeps its quantity).
const LEET_OR_PINYIN =
  /[a-z][03457$@]|(?:^|[^a-z0-9$@])[03457$@][a-z]|[蕞壹]|第1|zui[\u4e00-\u9fff]|di一|(?:^|[^a-z])(?:diyi|weiyi)(?![a-z])/i;
const TRADITIONAL = new RegExp(`[${[...traditionalToSimplified.keys()].join('')}]`);
const REPEATED_LETTER = /([a-z])\1/;
// A description wrapped in one paragraph and nothing else is plain text too.
const SINGLE_PARAGRAPH = /^<p>([^<>&]*)<\/p>$/;

// Full-width sentence punctuation becomes ASCII under NFKC. Either form starts no pattern and joins no
// separator run, unless a pattern uses the ASCII form (No:1 uses ':'); the harmless ones count as plain.
const FULL_WIDTH_PUNCTUATION = '，！？；：（）';
const plainPatterns = new WeakMap<CompiledDictionary, RegExp>();

function plainPattern(compiled: CompiledDictionary): RegExp {
  let plain = plainPatterns.get(compiled);
  if (!plain) {
    const harmless = [...FULL_WIDTH_PUNCTUATION].filter((c) => {
      const ascii = c.charCodeAt(0) - 0xfee0;
      return !compiled.combined.automaton.uses(ascii) && !compiled.collapsed.automaton.uses(ascii);
    });
    plain = new RegExp(`^[${PLAIN_CLASS}${harmless.join('')}]*$`);
    plainPatterns.set(compiled, plain);
  }
  return plain;
}

/** true: the text is plain and provably holds no term; false: run the full pipeline. */
export function isPlainTextWithoutTerms(original: string, compiled: CompiledDictionary): boolean {
  const paragraph = SINGLE_PARAGRAPH.exec(original);
  const text = paragraph ? paragraph[1] : original;
  if (!plainPattern(compiled).test(text) || MARKUP.test(text) || LEET_OR_PINYIN.test(text)) return false;
  if (TRADITIONAL.test(text) || HAN_SEPARATED.test(text) || SPACED_SINGLES.test(text)) {
    return false;
  }
  const lower = text.toLowerCase();
  const { combined, collapsed } = compiled;
  if (combined.automaton.hasAny(lower, combined.isTermPattern, false, true)) return false;
  return !(REPEATED_LETTER.test(lower) && collapsed.automaton.hasAny(lower, collapsed.isTermPattern, true));
}
