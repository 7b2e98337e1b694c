import { clauseAround, endsWithAny, hasNumberNear, startsWithAny } from './window';
import { KEEP, type Guard } from './guardTypes';

/** Context checks for Chinese rules (RULES.md §3, §4). */

const PHRASE_END = /[\s,.!?;:。、…~)\]」』”’）]/;

/** R-SUP-ZUI: C1 usage tips and modal 最好, C4 numeric specs. */
export const zui: Guard = ({ entry, text, start, end, contexts: c }) => {
  if (entry.term === '最佳' && startsWithAny(text, end, c.bestTipZh)) return null;
  if (entry.term === '最好') {
    const next = text[end] ?? '';
    if (c.modalAfterBestZh.includes(next)) return null;
    if (c.verbAfterBestZh.includes(next)) {
      // 最好用的 is a claim; 最好用温水 is advice ("better use warm water").
      const after = text[end + 1];
      if (after !== undefined && !c.claimEndersZh.includes(after) && !PHRASE_END.test(after)) return null;
    }
  }
  if (c.numericBoundTerms.includes(entry.term)) {
    const [from, to] = clauseAround(text, start, end);
    const window = c.numericBoundWindow;
    if (
      hasNumberNear(text, Math.max(from, start - window), start) ||
      hasNumberNear(text, end, Math.min(to, end + window))
    ) {
      return null;
    }
  }
  return KEEP;
};

/** R-SUP-RANK: 第一 is a ranking only with a scope word before it or a ranking noun after it. */
export const rank: Guard = ({ text, start, end, contexts: c }) => {
  if (startsWithAny(text, end, c.rankNouns)) return KEEP;
  const [clauseStart] = clauseAround(text, start, end);
  const before = text.slice(Math.max(clauseStart, start - c.rankScopeWindow), start);
  const scoped = c.rankScopeWords.some((word) => before.includes(word));
  const firstness = startsWithAny(text, end, c.firstnessNouns);
  if (firstness) {
    return scoped ? { term: '首个', ruleId: 'R-FIRST', severity: 'warn', end: end + firstness.length } : null;
  }
  if (startsWithAny(text, end, c.sequenceNouns)) return null; // C3 第一次/第一步/第一时间
  return scoped ? KEEP : null;
};

/** R-SUP-UNIQ: 唯一的缺点 (a downside) and 唯一序列号 (an identifier) pass. */
export const uniqZh: Guard = ({ text, end, contexts: c }) => {
  const at = text[end] === '的' ? end + 1 : end;
  if (startsWithAny(text, at, c.uniqDownsidesZh)) return null;
  if (startsWithAny(text, end, c.uniqIdentifiersZh)) return null;
  return KEEP;
};

/** R-SUP-SLANG: a literal ceiling is not slang. */
export const ceiling: Guard = ({ text, start, end, contexts: c }) =>
  startsWithAny(text, end, c.ceilingLiteralAfter) || endsWithAny(text, start, c.ceilingLiteralBefore)
    ? null
    : KEEP;

/** R-AUTH 专供/专用: only with an official noun in the clause; channel-exclusive SKUs pass. */
export const officialSupply: Guard = ({ text, start, end, contexts: c }) => {
  const [from, to] = clauseAround(text, start, end);
  const clause = text.slice(from, to);
  return c.officialNouns.some((noun) => clause.includes(noun)) ? KEEP : null;
};

/** R-AUTH 国宴: only as a supply or endorsement claim (国宴专用, 国宴同款). */
export const stateBanquet: Guard = ({ text, end, contexts: c }) =>
  startsWithAny(text, end, c.stateBanquetFollowers) ? KEEP : null;

/** R-MED body scope: antibacterial words count only in body or cosmetic copy. */
export const bodyScope: Guard = ({ hasBodyCue }) => (hasBodyCue() ? KEEP : null);

/** R-MED-W 防脱: not 防脱落/防脱色/防脱妆/防脱扣. */
export const hairLossZh: Guard = ({ text, end, contexts: c }) =>
  startsWithAny(text, end, c.hairLossNotZh) ? null : KEEP;

const NUMERAL = /[0-9一二两三四五六七八九十百千几]/;

/** R-URG 仅剩: only with a number and a unit (仅剩3件); 仅剩的一点点 passes. */
export const stockLeftZh: Guard = ({ text, end, contexts: c }) => {
  let k = end;
  while (text[k] === ' ') k++;
  const digitsFrom = k;
  while (k < text.length && NUMERAL.test(text[k])) k++;
  if (k === digitsFrom) return null;
  while (text[k] === ' ') k++;
  return c.stockUnitsZh.includes(text[k] ?? '') ? KEEP : null;
};
