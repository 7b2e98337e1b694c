import { en, zh } from './build';
import type { TermEntry } from './types';

/** RULES.md §3.3: authority and official endorsement. */
export const authorityTerms: TermEntry[] = [
  zh('R-AUTH-ZH', 'AUTH', 'block', '国家级'),
  zh('R-AUTH-ZH', 'AUTH', 'block', '特供'),
  zh('R-AUTH-ZH', 'AUTH', 'block', '内供'),
  zh('R-AUTH-ZH', 'AUTH', 'block', '专供', ['专供', '专用'], 'officialSupply'),
  zh('R-AUTH-ZH', 'AUTH', 'block', '国宴', ['国宴'], 'stateBanquet'),
  zh('R-AUTH-ZH', 'AUTH', 'block', '国家机关推荐', ['国家机关推荐', '政府推荐', '领导人推荐', '部委推荐']),
  zh('R-AUTH-ZH', 'AUTH', 'block', '免检'),
  zh('R-AUTH-ZH', 'AUTH', 'block', '驰名商标'),
  en('R-AUTH-EN', 'AUTH', 'block', 'national-level', [
    'national-level', 'national level', 'national-grade', 'national grade', 'state-level', 'state level',
  ]),
  en('R-AUTH-EN', 'AUTH', 'block', 'state-supplied', [
    'state-supplied', 'state supplied', 'government special supply', 'supplied to the government',
    'supplied to the state council', 'supplied to the army', 'supplied to the military',
  ]),
  en('R-AUTH-EN', 'AUTH', 'block', 'government-endorsed', [
    'government-endorsed', 'government endorsed', 'government-recommended', 'government recommended',
    'government-approved', 'government approved', 'endorsed by the government', 'recommended by the government',
    'approved by the government',
  ]),
  zh('R-AUTH-W', 'AUTH', 'warn', '老字号'),
  zh('R-AUTH-W', 'AUTH', 'warn', '医生推荐', ['医生推荐', '医师推荐', '专家推荐', '药剂师推荐']),
  en('R-AUTH-W', 'AUTH', 'warn', 'dermatologist recommended', [
    'dermatologist recommended', 'dermatologist-recommended', 'dermatologists recommend', 'doctor recommended',
    'doctor-recommended', 'doctors recommend', 'recommended by dermatologists', 'recommended by doctors',
  ]),
  en('R-AUTH-W', 'AUTH', 'warn', 'fda approved', ['fda approved', 'fda-approved', 'approved by the fda', 'fda approval']),
];
