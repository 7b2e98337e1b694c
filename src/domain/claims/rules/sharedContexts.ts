import type { ContextLists } from '../dictionary/contexts';
import { clauseAround, endsWithAny, wordsBefore } from './window';

/** C7 plain negation directly before a superlative ("not the cheapest", 不是最便宜的). 不敢说 does not count. */
export function isNegated(text: string, start: number, c: ContextLists, hitText: string): boolean {
  if (endsWithAny(text, start, c.negatorsZh)) return true;
  const before = wordsBefore(text, start, 3);
  // the hit itself may start with "the" ("not the only")
  const withHit = hitText.startsWith('the ') ? [...before, 'the'] : before;
  const tail = withHit.join(' ');
  return c.negatorsEn.some((negator) => tail === negator || tail.endsWith(` ${negator}`));
}

const GOAL_REACH = 6;

/** C2 goal or philosophy statement before a Chinese superlative (追求极致, 力求最好). */
export function isGoalStatement(text: string, start: number, end: number, c: ContextLists): boolean {
  const [clauseStart] = clauseAround(text, start, end);
  const before = text.slice(Math.max(clauseStart, start - GOAL_REACH), start);
  return c.goalVerbsZh.some((verb) => before.includes(verb));
}
