/** 简体中文说明与改写建议，由控制台合并到 i18n 消息的 `claims` 下。 */
export const claimMessagesZh = {
  claims: {
    rules: {
      'R-SUP-ZUI': {
        message: '"最"字类绝对化用语（最佳、最好、最低价等）违反《广告法》第九条第三项。',
        suggestion: '改为描述具体卖点，例如"质地轻薄、吸收快"，而不是"最好用"。',
      },
      'R-SUP-RANK': {
        message: '"第一"类排名用语（销量第一、排名第一）属于绝对化用语，需有时间和来源的事实依据。',
        suggestion: '删除排名，或注明统计周期与数据来源，例如"2025年3月天猫面霜类目销量（来源：…）"。',
      },
      'R-SUP-NO1': {
        message: '"No.1""#1""TOP1"属于排名宣称，平台禁止在品牌内容中未经核实使用。',
        suggestion: '删除排名，或替换为可核实、注明时间和来源的事实。',
      },
      'R-SUP-TOP': {
        message: '极限词（顶级、极致、世界级、至尊等）等同于"最好"，按绝对化用语处理。',
        suggestion: '说明产品好在哪里：成分、工艺或检测结果。',
      },
      'R-SUP-UNIQ': {
        message: '"唯一""独一无二""the only"等独有性宣称，无证明即属绝对化用语。',
        suggestion: '描述产品的特点，但不要宣称别人都没有。',
      },
      'R-SUP-EN': {
        message: '英文最高级（best、cheapest、most effective 等）需第三方核实。',
        suggestion: '改用事实描述或可证明的比较，例如"我们迄今最轻薄的配方"。',
      },
      'R-SUP-LEAD': {
        message: '"领先"需要数据支撑。',
        suggestion: '补充证据（检测、排名来源及周期），或直接描述技术本身。',
      },
      'R-SUP-SLANG': {
        message: '"天花板""yyds"等网络用语意为"最好"，需人工审核。',
        suggestion: '具体描述使用感受，避免最高级俚语。',
      },
      'R-SUP-NEW': {
        message: '"最新科技"属于最高级宣称，需要证据。',
        suggestion: '写明技术名称及推出时间，而不是称其为"最新"。',
      },
      'R-SUP-TOPRATED': {
        message: '"Top-rated"属于排名宣称，评分会变化，需注明来源。',
        suggestion: '引用具体评分及其来源和日期，或删除。',
      },
      'R-FIRST': {
        message: '首个、首创、独家、"world\'s first"等首创/独家宣称必须可证明。',
        suggestion: '有证据（专利、上市记录）才保留；否则去掉"首"字描述产品。',
      },
      'R-ABS-ZH': {
        message: '绝对、永久、100%有效、无副作用等绝对化或保证功效的用语不得使用。',
        suggestion: '描述有条件的典型效果，例如"4周测试中86%的使用者……"。',
      },
      'R-ABS-EN': {
        message: '保证效果、"permanent""miracle""no side effects"属于绝对化宣称。',
        suggestion: '说明实际效果及其依据，不要保证功效或安全性。',
      },
      'R-ABS-W': {
        message: '"纯天然""100% natural""100% pure"需证明全部成分均符合。',
        suggestion: '改为标注天然来源成分占比，例如"98%成分为天然来源"。',
      },
      'R-AUTH-ZH': {
        message: '国家级、特供、国家机关推荐、免检、驰名商标等官方背书用语禁止使用。',
        suggestion: '删除涉及国家机关、特供或背书的表述。',
      },
      'R-AUTH-EN': {
        message: '宣称政府背书、国家特供或"national-level"属于禁止用语。',
        suggestion: '删除背书宣称；仅按证书全称引用已取得的认证。',
      },
      'R-AUTH-W': {
        message: '老字号、医生推荐、FDA approved 等认证或专业背书需要证明。',
        suggestion: '附上证书或研究；FDA 不批准化妆品，相关表述需改写。',
      },
      'R-MED-ZH': {
        message: '治疗、根治、消炎、生发、抗菌等医疗或药品功效用语，化妆品和普通商品不得使用。',
        suggestion: '只描述化妆品功效，例如"帮助舒缓肌肤"而不是"消炎"。',
      },
      'R-MED-EN': {
        message: '宣称治愈、治疗某种疾病或"medical-grade"属于医疗宣称。',
        suggestion: '描述护理效果（如"舒缓泛红外观"），不要以疾病为对象。',
      },
      'R-MED-W': {
        message: '美白、祛斑、防脱等特殊化妆品功效或疾病名称，需要注册证或人工审核。',
        suggestion: '持有国家药监局特殊化妆品注册证才保留；否则改为"提亮肤色外观"等表述。',
      },
      'R-URG': {
        message: '"最后机会""仅剩3件"等紧迫或稀缺宣称，发布时必须属实。',
        suggestion: '展示真实库存或注明活动起止时间，而不是制造紧迫感。',
      },
      'R-CUSTOM': {
        message: '该词在平台审核员维护的违禁词库中。',
        suggestion: '请换一种说法；如认为使用合理，请联系审核员。',
      },
    },
    categories: {
      SUP: '最高级或排名',
      ABS: '绝对化或保证',
      AUTH: '权威或背书',
      MED: '医疗或功效',
      URG: '虚假紧迫',
    },
    severity: {
      block: '不可发布',
      warn: '需审核或提供证据',
      pass: '未发现违禁用语',
    },
  },
};
