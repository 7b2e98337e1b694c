import { each, zh } from './build';
import type { TermEntry } from './types';

/** RULES.md §3.1, Chinese side. */
const ZUI_ADJECTIVES = [
  '佳',
  '好',
  '优',
  '强',
  '大',
  '高',
  '低',
  '高级',
  '高端',
  '低价',
  '便宜',
  '划算',
  '实惠',
  '先进',
  '受欢迎',
  '畅销',
  '热销',
  '火',
  '有效',
  '安全',
  '健康',
  '天然',
  '专业',
  '正宗',
  '权威',
  '美',
  '舒适',
  '时尚',
  '流行',
  '全',
  '具',
  '值得',
  '爱',
  '牛',
  '顶级',
];
const ZUI_EXTRA_SURFACES: Record<string, string[]> = { 最舒适: ['最舒服'] };

const zuiTerms: TermEntry[] = ZUI_ADJECTIVES.map((adjective) => {
  const term = `最${adjective}`;
  return zh('R-SUP-ZUI', 'SUP', 'block', term, [term, ...(ZUI_EXTRA_SURFACES[term] ?? [])], 'zui');
});

const top = (term: string, surfaces?: string[]) => zh('R-SUP-TOP', 'SUP', 'block', term, surfaces);
const uniq = (term: string) => zh('R-SUP-UNIQ', 'SUP', 'block', term);
const first = (term: string, surfaces?: string[]) => zh('R-FIRST', 'SUP', 'warn', term, surfaces);

export const superlativeZhTerms: TermEntry[] = [
  ...zuiTerms,
  zh('R-SUP-RANK', 'SUP', 'block', '第一', ['第一'], 'rank'),
  ...each(top, [
    '顶级',
    '顶尖',
    '极品',
    '极致',
    '终极',
    '至尊',
    '巅峰',
    '王牌',
    '首选',
    '世界级',
    '国际级',
    '宇宙级',
  ]),
  ...each(top, ['殿堂级', '国宝级', '世界领先', '全球领先']),
  top('销冠', ['销冠', '销量冠军', '销售冠军']),
  zh('R-SUP-UNIQ', 'SUP', 'block', '唯一', ['唯一'], 'uniqZh'),
  ...each(uniq, ['独一无二', '绝无仅有', '无与伦比', '史无前例', '前无古人', '空前绝后']),
  zh('R-SUP-LEAD', 'SUP', 'warn', '领先'),
  zh('R-SUP-SLANG', 'SUP', 'warn', '天花板', ['天花板'], 'ceiling'),
  zh('R-SUP-SLANG', 'SUP', 'warn', 'yyds', ['永远的神']),
  zh('R-SUP-NEW', 'SUP', 'warn', '最新科技', ['最新科技', '最新技术', '最新科学']),
  first('首个', ['首个', '首款']),
  first('首家'),
  first('首创', ['首创', '独创']),
  first('首发'),
  first('独家'),
];
