import type { ContextLists } from '../dictionary/contexts';
import { clauseAround, endsWithAny, wordsBefore } from './window';

/** C7 plain negation directly before a superlative ("not the cheapest", 不是最便宜的). 不敢说 does not count. */
export function isNegated(text: string, start: number, end: number, c: ContextLists): boolean {
  if (endsWithAny(text, start, c.negatorsZh)) return true;
  const before = wordsBefore(text, start, 3);
  // the hit itself may start with "the" ("not the only")
  if (end - start >= 4 && text.startsWith('the ', start)) before.push('the');
  const tail = before.join(' ');
  const spaced = spacedNegators(c);
  return c.negatorsEn.some((negator, k) => tail === negator || tail.endsWith(spaced[k]));
}

const spacedCache = new WeakMap<ContextLists, string[]>();

/** ' ' + each English negator, built once per context lists rather than once per hit. */
function spacedNegators(c: ContextLists): string[] {
  let spaced = spacedCache.get(c);
  if (!spaced) spacedCache.set(c, (spaced = c.negatorsEn.map((negator) => ` ${negator}`)));
  return spaced;
}

const GOAL_REACH = 6;

/** C2 goal or philosophy statement before a Chinese superlative (追求极致, 力求最好). */
export function isGoalStatement(text: string, start: number, end: number, c: ContextLists): boolean {
  const [clauseStart] = clauseAround(text, start, end);
  const before = text.slice(Math.max(clauseStart, start - GOAL_REACH), start);
  return c.goalVerbsZh.some((verb) => before.includes(verb));
}
