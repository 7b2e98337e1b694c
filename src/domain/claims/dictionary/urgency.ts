import { each, en, zh } from './build';
import type { TermEntry } from './types';

/** RULES.md §3.5: false urgency and scarcity (warn only). */
export const urgencyTerms: TermEntry[] = [
  ...each(
    (term) => zh('R-URG', 'URG', 'warn', term),
    ['最后一天', '最后一波', '最后机会', '仅此一次', '错过再等一年', '错过不再', '手慢无', '即将售罄'],
  ),
  zh('R-URG', 'URG', 'warn', '马上涨价', ['马上涨价', '即将涨价']),
  zh('R-URG', 'URG', 'warn', '仅剩', ['仅剩'], 'stockLeftZh'),
  ...each(
    (term) => en('R-URG', 'URG', 'warn', term),
    ['last chance', 'selling out fast', 'almost sold out', 'today only', 'ends tonight', 'now or never'],
  ),
  en('R-URG', 'URG', 'warn', 'only left', ['only'], { guard: 'onlyLeft' }),
];
