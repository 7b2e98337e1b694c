import type { SpanEntry } from './types';

/** C8 Scunthorpe spans: a hit lying entirely inside one of these is not a claim. */
const HEALING_VIBE = ['我', '心', '人心', '心情', '周末', '时光'].flatMap((object) => [
  `治愈${object}`,
  `治愈了${object}`,
]);

const spans = (list: readonly string[]): SpanEntry[] => list.map((span) => ({ span }));

export const defaultWhitelist: SpanEntry[] = [
  ...spans(['最好的朋友', '最好的闺蜜', '最好的姐妹', '最好的兄弟', '最佳拍档']),
  ...spans(['积极致', '始终极', '积极品', '首选项']),
  ...spans(['拒绝对', '杜绝对', '根绝对', '绝对零度', '绝对湿度', '永久链接']),
  { span: '绝对值', notFollowedBy: ['得'] },
  ...spans(['独特供', '国内供']),
  ...spans(['治愈系', '治愈感', '被治愈', '太治愈', '好治愈', '很治愈', '超治愈', '真治愈', ...HEALING_VIBE]),
  ...spans(['芍药用', '山药用', '天生发', '产生发', '发生发']),
  ...spans([
    'asbestos',
    'bestow',
    'bestie',
    'bestial',
    'bestiar',
    'bestir',
    'bestrid',
    'bestrew',
    'wildebeest',
  ]),
];

/** C6 seed allowlist of trademarks and standard product names; moderators extend it at run time. */
export const defaultTrademarks: SpanEntry[] = spans([
  '绝对伏特加',
  'absolut vodka',
  '永久牌',
  '永久自行车',
  'n°1 de chanel',
  '万能胶',
  '万能充',
  '万能表',
  '万能钥匙',
  'permanent marker',
  'semi-permanent',
  'semi permanent',
  'semipermanent',
]);
