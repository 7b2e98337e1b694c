/**
 * Context word lists for the suppressing (C1–C9) and downgrading (D1–D4) rules of RULES.md §4.
 * Chinese lists are in normalised form (simplified); English lists lowercase.
 */
export interface ContextLists {
  /** C1: 最佳 + usage tip. */
  bestTipZh: readonly string[];
  /** C1: modal 最好 + verb. */
  modalAfterBestZh: readonly string[];
  /** 最好 + 用/看/吃/喝 is a claim only when the phrase ends (的/了/punctuation/end); else advice. */
  verbAfterBestZh: readonly string[];
  claimEndersZh: readonly string[];
  /** C4: these superlatives are specs when a number is near. */
  numericBoundTerms: readonly string[];
  numericBoundWindow: number;
  /** C2 goal verbs and C7 negators before a Chinese term. */
  goalVerbsZh: readonly string[];
  negatorsZh: readonly string[];
  negatorsEn: readonly string[];
  /** R-SUP-RANK. */
  rankScopeWords: readonly string[];
  rankScopeWindow: number;
  rankNouns: readonly string[];
  firstnessNouns: readonly string[];
  sequenceNouns: readonly string[];
  /** R-SUP-UNIQ passes. */
  uniqDownsidesZh: readonly string[];
  uniqIdentifiersZh: readonly string[];
  onlyDownsidesEn: readonly string[];
  /** R-SUP-NO1 identifiers (C5) and hashtag dates. */
  no1IdentifierWords: readonly string[];
  no1IdentifierWindow: number;
  hashtagDateUnits: readonly string[];
  /** R-SUP-EN C1 and C2. */
  bestTipFollowersEn: readonly string[];
  bestEffortVerbsEn: readonly string[];
  bestGoalVerbsEn: readonly string[];
  /** R-SUP-SLANG literal ceilings. */
  ceilingLiteralAfter: readonly string[];
  ceilingLiteralBefore: readonly string[];
  /** R-AUTH. */
  officialNouns: readonly string[];
  stateBanquetFollowers: readonly string[];
  nationalDesignations: readonly string[];
  /** R-MED scope. */
  bodyCuesZh: readonly string[];
  bodyCuesEn: readonly string[];
  diseasesEn: readonly string[];
  hairLossNotZh: readonly string[];
  guaranteeServiceVerbsEn: readonly string[];
  permanentObjectsEn: readonly string[];
  /** R-URG. */
  stockUnitsZh: readonly string[];
  /** D1–D4. */
  personalMarkersZh: readonly string[];
  personalMarkersEn: readonly string[];
  selfComparisonZh: readonly string[];
  selfComparisonPlacesEn: readonly string[];
  sourceMarkers: readonly string[];
  awardMarkers: readonly string[];
}

const chars = (s: string) => Array.from(s);

export const defaultContexts: ContextLists = {
  bestTipZh: [
    '赏味',
    '饮用',
    '食用',
    '使用',
    '保存',
    '储存',
    '保质',
    '搭配',
    '时间',
    '时机',
    '方法',
    '温度',
    '方式',
  ],
  modalAfterBestZh: chars('先不别在避是能还选少多立及放冷密摇遵咨空饭睡晚早每坚提配搭'),
  verbAfterBestZh: chars('用看吃喝'),
  claimEndersZh: chars('的了'),
  numericBoundTerms: ['最大', '最高', '最低'],
  numericBoundWindow: 6,
  goalVerbsZh: ['追求', '力求', '致力于', '做到', '力争', '争做', '争取'],
  negatorsZh: ['不是', '并非', '不算', '算不上', '称不上', '并不是', '不能说是'],
  negatorsEn: ['not the', "isn't the", 'is not the', "aren't the", 'are not the', 'not a', 'not our'],
  rankScopeWords: [
    '销量',
    '销售额',
    '全网',
    '全国',
    '全球',
    '世界',
    '中国',
    '亚洲',
    '国内',
    '行业',
    '品类',
    '类目',
    '同类',
    '排名',
    '排行',
    '口碑',
    '人气',
    '市场',
    '市占率',
    '天猫',
    '京东',
    '抖音',
    '小红书',
    '平台',
    '国货',
    '业内',
    '天下',
    '宇宙',
    '榜单',
    '榜',
    '位居',
    '位列',
    '荣登',
    '稳居',
    '蝉联',
    '问鼎',
    '勇夺',
  ],
  rankScopeWindow: 8,
  rankNouns: ['品牌', '名', '大牌', '选择', '位'],
  firstnessNouns: ['个', '款', '家'],
  sequenceNouns: chars('次步天眼手口批代期单支轮季集章届页关').concat(['时间']),
  uniqDownsidesZh: ['缺点', '遗憾', '不足', '槽点', '问题', '缺陷', '毛病'],
  uniqIdentifiersZh: ['码', '标识', '编号', '序列号', '识别码', '防伪码', 'id'],
  onlyDownsidesEn: [
    'downside',
    'downsides',
    'drawback',
    'drawbacks',
    'con',
    'cons',
    'issue',
    'issues',
    'problem',
    'problems',
    'complaint',
    'complaints',
    'regret',
    'regrets',
    'thing i',
    'negative',
    'gripe',
  ],
  no1IdentifierWords: [
    'shade',
    'colour',
    'color',
    '色号',
    '号色',
    '型号',
    '款号',
    '编号',
    'model',
    'step',
    'vol',
    'issue',
    'item',
    'look',
    'room',
    'size',
    'lot',
    'batch',
    'day',
    'part',
    'chapter',
    'episode',
    'tip',
  ],
  no1IdentifierWindow: 12,
  hashtagDateUnits: chars('月日号期天周年分秒点时'),
  bestTipFollowersEn: [
    'before',
    'by',
    'used',
    'served',
    'paired',
    'when',
    'if',
    'enjoyed',
    'stored',
    'kept',
    'wishes',
    'regards',
    'friend',
    'friends',
    'applied',
    'consumed',
  ],
  bestEffortVerbsEn: ['do', 'does', 'did', 'doing', 'done', 'try', 'tries', 'tried', 'trying'],
  bestGoalVerbsEn: ['strive', 'strives', 'striving', 'strived', 'aim', 'aims', 'aiming', 'aspire', 'aspires'],
  ceilingLiteralAfter: ['灯', '吸顶', '吊顶', '上', '漏水', '装修', '高度'],
  ceilingLiteralBefore: ['房间', '客厅', '卧室', '家里', '房间的', '客厅的', '卧室的', '家里的'],
  officialNouns: [
    '国家机关',
    '机关',
    '政府',
    '部委',
    '中南海',
    '人民大会堂',
    '大会堂',
    '军队',
    '部队',
    '军需',
    '国宴',
    '两会',
    '钓鱼台',
    '领导人',
    '外交部',
    '使馆',
  ],
  stateBanquetFollowers: ['专用', '用酒', '用', '同款', '指定', '级', '特供', '御用'],
  nationalDesignations: [
    '非物质文化遗产',
    '非遗',
    '高新技术企业',
    '专精特新',
    '重点实验室',
    '技术中心',
    '自然保护区',
    '工程技术研究中心',
  ],
  bodyCuesZh: [
    '肌',
    '肤',
    '脸',
    '面霜',
    '面膜',
    '洁面',
    '洗面',
    '精华',
    '乳液',
    '头皮',
    '头发',
    '发丝',
    '洗发',
    '身体',
    '腋',
    '沐浴',
    '护手',
    '卸妆',
    '私处',
    '宝宝',
    '婴儿',
  ],
  bodyCuesEn: [
    'skin',
    'face',
    'facial',
    'body',
    'hand',
    'hands',
    'hair',
    'scalp',
    'wash',
    'cleanser',
    'cream',
    'serum',
    'lotion',
    'soap',
  ],
  diseasesEn: [
    'eczema',
    'psoriasis',
    'dermatitis',
    'rosacea',
    'acne',
    'hair loss',
    'alopecia',
    'scar',
    'scars',
    'infection',
    'infections',
    'inflammation',
    'cancer',
    'diabetes',
    'arthritis',
    'fungus',
    'warts',
    'wart',
  ],
  hairLossNotZh: chars('落色妆扣'),
  guaranteeServiceVerbsEn: [
    'ship',
    'arrive',
    'deliver',
    'dispatch',
    'be delivered',
    'be shipped',
    'fit',
    'please',
  ],
  permanentObjectsEn: [
    'marker',
    'markers',
    'address',
    'link',
    'collection',
    'exhibition',
    'resident',
    'residents',
  ],
  stockUnitsZh: chars('件份套瓶单个支名盒组'),
  personalMarkersZh: ['我', '个人觉得', '个人认为', '个人感觉', '私心', '本人'],
  personalMarkersEn: ['i', 'me', 'my', 'mine', "i've", "i'm", "i'd", 'myself', 'imo', 'personally'],
  selfComparisonZh: ['本店', '本品牌', '品牌内', '店内', '我们家', '自家', '旗下', '本系列'],
  selfComparisonPlacesEn: ['range', 'store', 'shop', 'lineup', 'line-up', 'collection', 'line'],
  sourceMarkers: [
    '据',
    '数据来源',
    '来源:',
    '统计周期',
    'according to',
    'source:',
    'nielsen',
    '尼尔森',
    '欧睿',
    'euromonitor',
  ],
  awardMarkers: ['award', 'awards', '奖'],
};
