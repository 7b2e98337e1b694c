import { checkClaims } from './index';
import type { ClaimField } from './index';

const check = (text: string, field: ClaimField = 'product_description') => checkClaims(text, { field });
const verdictOf = (text: string, field?: ClaimField) => check(text, field).verdict;
const termsOf = (text: string, field?: ClaimField) =>
  check(text, field).findings.map((finding) => finding.term);

describe('C1 consumer tips', () => {
  it("passes '最佳使用时间'", () => expect(verdictOf('本品最佳使用时间为晚间')).toBe('pass'));
  it("passes modal '最好先' and advice '最好用温水'", () => {
    expect(verdictOf('最好先做皮试')).toBe('pass');
    expect(verdictOf('最好用温水清洗')).toBe('pass');
  });
  it("blocks '最好用的' as a claim", () => expect(verdictOf('最好用的粉底')).toBe('block'));
  it("passes 'best before', 'for best results' and 'best wishes'", () => {
    expect(verdictOf('Best before: see jar')).toBe('pass');
    expect(verdictOf('For best results, use nightly')).toBe('pass');
    expect(verdictOf('Best wishes from the team')).toBe('pass');
  });
});

describe('C2 philosophy and goals', () => {
  it("passes '安全第一' without a ranking scope", () => expect(verdictOf('安全第一，放心用')).toBe('pass'));
  it("passes '追求极致'", () => expect(verdictOf('我们追求极致的品质')).toBe('pass'));
  it("passes 'we do our best' and 'strive to be the best'", () => {
    expect(verdictOf('We always do our best')).toBe('pass');
    expect(verdictOf('We strive to be the best partner')).toBe('pass');
  });
});

describe('C3 time and sequence', () => {
  it("passes '最近' and '最后一步'", () => {
    expect(verdictOf('最近有点甜')).toBe('pass');
    expect(verdictOf('最后一步，轻拍全脸')).toBe('pass');
  });
  it("passes '第一次' and '第一时间'", () => expect(verdictOf('第一次用就爱了，第一时间回购')).toBe('pass'));
  it("blocks '销量第一' with a scope word", () => expect(termsOf('销量第一的防晒')).toContain('第一'));
  it("warns '全网第一款' as firstness (首个)", () => {
    const report = check('全网第一款双管精华');
    expect(report.verdict).toBe('warn');
    expect(report.findings.map((f) => f.term)).toContain('首个');
  });
});

describe('C4 numeric specs', () => {
  it("passes '最高温度可达220℃' and '最高立减50元'", () => {
    expect(verdictOf('最高温度可达220℃')).toBe('pass');
    expect(verdictOf('最高立减50元')).toBe('pass');
  });
  it("blocks '最高级' with no number", () => expect(termsOf('最高级的体验')).toContain('最高级'));
});

describe('C5 identifiers', () => {
  it("passes 'TOP10', 'No. 1024' and '#1B'", () => {
    expect(verdictOf('TOP10 好物')).toBe('pass');
    expect(verdictOf('Lot No. 1024')).toBe('pass');
    expect(verdictOf('Hair colour #1B jet black')).toBe('pass');
  });
  it("passes hashtag dates '#1月'", () => expect(verdictOf('#1月好物分享')).toBe('pass'));
  it("passes '色号No.1' and 'Shade No.1'", () => {
    expect(verdictOf('色号No.1 正红色')).toBe('pass');
    expect(verdictOf('Shade No.1 ivory')).toBe('pass');
  });
  it("passes '唯一序列号'", () => expect(verdictOf('每台设备拥有唯一序列号')).toBe('pass'));
});

describe('C6 trademarks and standard names', () => {
  it("passes '绝对伏特加', '万能充' and 'N°1 DE CHANEL'", () => {
    expect(verdictOf('绝对伏特加 700ml')).toBe('pass');
    expect(verdictOf('万能充 快充头')).toBe('pass');
    expect(verdictOf('N°1 DE CHANEL 精华')).toBe('pass');
  });
  it("passes 'semi-permanent' and 'permanent marker'", () => {
    expect(verdictOf('Semi-Permanent Hair Dye')).toBe('pass');
    expect(verdictOf('Permanent marker, black')).toBe('pass');
  });
});

describe('C7 plain negation', () => {
  it("passes 'not the cheapest' and '不是最便宜的'", () => {
    expect(verdictOf('It is not the cheapest option')).toBe('pass');
    expect(verdictOf('不是最便宜的')).toBe('pass');
  });
  it("blocks negation-bait '不敢说全网第一'", () => expect(verdictOf('不敢说全网第一')).toBe('block'));
});

describe('C8 Scunthorpe spans', () => {
  it("passes 'asbestos', '拒绝对比', '始终极为', '山药用'", () => {
    for (const text of ['Asbestos-free talc', '拒绝对比焦虑', '品牌始终极为重视', '山药用来煮粥'])
      expect(verdictOf(text)).toBe('pass');
  });
  it("passes '太治愈了' but blocks '治愈痘痘'", () => {
    expect(verdictOf('这个画面太治愈了')).toBe('pass');
    expect(verdictOf('三天治愈痘痘')).toBe('block');
  });
  it("blocks '绝对值得' although '绝对值' is whitelisted", () =>
    expect(verdictOf('绝对值得入')).toBe('block'));
  it("passes 'The only downside'", () => expect(verdictOf('The only downside is the pump')).toBe('pass'));
});

describe('C9 markup', () => {
  it('ignores class names and hrefs', () =>
    expect(verdictOf('<div class="top1-banner"><a href="/best">新品</a></div>')).toBe('pass'));
});

describe('scope rules', () => {
  it('blocks antibacterial words only with a body cue', () => {
    expect(verdictOf('腋下除菌喷雾')).toBe('block');
    expect(verdictOf('洗碗机高温除菌')).toBe('pass');
  });
  it('blocks treat only with a disease object', () => {
    expect(verdictOf('Treats eczema in days')).toBe('block');
    expect(verdictOf('Treat yourself to a spa night')).toBe('pass');
  });
  it('blocks 专供 only with an official noun', () => {
    expect(verdictOf('军队专供白酒')).toBe('block');
    expect(verdictOf('电商专供款')).toBe('pass');
  });
  it("warns 'only 3 left' but passes 'only $19.90'", () => {
    expect(verdictOf('Only 3 left')).toBe('warn');
    expect(verdictOf('Only $19.90 for the travel size')).toBe('pass');
  });
});

describe('D1–D4 downgrades', () => {
  it('D1 warns a personal opinion in a kol_note', () =>
    expect(verdictOf('我心中的No.1面霜', 'kol_note')).toBe('warn'));
  it('D1 does not apply outside kol_note', () =>
    expect(verdictOf('我心中的No.1面霜', 'ad_headline')).toBe('block'));
  it('D1 needs the marker in the same clause', () =>
    expect(verdictOf('全网最低价，我已经囤了', 'kol_note')).toBe('block'));
  it("D1 ignores brand voice '我们'", () =>
    expect(verdictOf('我们的最好用的面霜', 'kol_note')).toBe('block'));
  it('D1 never softens MED', () => expect(verdictOf('我觉得真的生发了', 'kol_note')).toBe('block'));
  it("D2 warns 'our best' and 本店", () => {
    expect(verdictOf('Our best serum yet')).toBe('warn');
    expect(verdictOf('本店最畅销的款式')).toBe('warn');
  });
  it('D3 warns a ranking with a year and a named source in the sentence', () => {
    expect(verdictOf('据尼尔森2023年数据，该品类销量第一')).toBe('warn');
  });
  it('D3 does not reach into another sentence', () =>
    expect(verdictOf('据尼尔森2023年数据。该品类销量第一')).toBe('block'));
  it('D4 warns 国家级 + designation and awards with a year', () => {
    expect(verdictOf('国家级非遗技艺')).toBe('warn');
    expect(verdictOf('Winner of the 2023 Allure Best of Beauty Award')).toBe('warn');
  });
});
