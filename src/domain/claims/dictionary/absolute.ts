import { each, en, zh } from './build';
import type { TermEntry } from './types';

/** RULES.md §3.2: absolute and guarantee claims. */
export const absoluteTerms: TermEntry[] = [
  ...each((term) => zh('R-ABS-ZH', 'ABS', 'block', term), ['绝对', '永久', '万能', '零风险']),
  zh('R-ABS-ZH', 'ABS', 'block', '100%有效', ['100%有效', '百分百有效', '100%见效', '百分百见效']),
  zh('R-ABS-ZH', 'ABS', 'block', '100%安全', ['100%安全', '百分百安全']),
  zh('R-ABS-ZH', 'ABS', 'block', '保证有效', [
    '保证有效',
    '保证见效',
    '保证美白',
    '保证祛斑',
    '保证根治',
    '保证瘦',
  ]),
  zh('R-ABS-ZH', 'ABS', 'block', '无效退款', ['无效退款', '无效包退', '无效退钱']),
  zh('R-ABS-ZH', 'ABS', 'block', '无副作用', [
    '无副作用',
    '零副作用',
    '没有副作用',
    '无任何副作用',
    '没有任何副作用',
  ]),
  en('R-ABS-EN', 'ABS', 'block', '100% effective', ['100% effective', '100%effective']),
  en('R-ABS-EN', 'ABS', 'block', '100% safe', ['100% safe', '100%safe']),
  en('R-ABS-EN', 'ABS', 'block', 'guaranteed results', [
    'guaranteed results',
    'guaranteed result',
    'results guaranteed',
    'result guaranteed',
    'guarantees results',
  ]),
  en('R-ABS-EN', 'ABS', 'block', 'guaranteed results', ['guaranteed to', 'guarantee to'], {
    guard: 'guaranteedTo',
  }),
  en('R-ABS-EN', 'ABS', 'block', 'permanent', ['permanent', 'permanently'], { guard: 'permanent' }),
  en('R-ABS-EN', 'ABS', 'block', 'miracle', ['miracle', 'miracles', 'miraculous']),
  en('R-ABS-EN', 'ABS', 'block', 'no side effects', [
    'no side effect',
    'no side effects',
    'zero side effect',
    'zero side effects',
    'without side effects',
    'without any side effects',
    'without side effect',
    'without any side effect',
    'no side-effects',
  ]),
  zh('R-ABS-W', 'ABS', 'warn', '纯天然', ['纯天然', '100%天然', '百分百天然']),
  en('R-ABS-W', 'ABS', 'warn', '100% natural', ['100% natural', '100%natural', 'all-natural', 'all natural']),
  en('R-ABS-W', 'ABS', 'warn', '100% pure', ['100% pure', '100%pure']),
];
