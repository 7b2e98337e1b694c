import { checkClaims } from './index';
import { viewString } from './text/mappedText';
import { normalise as normaliseViews } from './text/normalise';

/** Views as strings, for readable expectations. */
const normalise = (text: string) => {
  const views = normaliseViews(text);
  return { han: { text: viewString(views.han) }, latin: { text: viewString(views.latin) } };
};

const termsOf = (text: string) => checkClaims(text).findings.map((finding) => finding.term);
const verdictOf = (text: string) => checkClaims(text).verdict;

describe('N0 visible text', () => {
  it('rejoins inline tags without a space', () =>
    expect(normalise('<b>最</b><i>佳</i>').han.text).toBe('最佳'));
  it('turns block tags into line breaks', () =>
    expect(normalise('<li>a</li><li>b</li>').latin.text).toBe('\na\n\nb\n'));
  it('keeps alt and title text but drops href, src and class', () => {
    const text = normalise('<img src="best.png" class="top1" alt="最佳礼物"><a href="/best">go</a>').latin
      .text;
    expect(text).toContain('最佳礼物');
    expect(text).not.toContain('best');
  });
  it('drops HTML comments', () => expect(verdictOf('<!-- best -->hello')).toBe('pass'));
  it('decodes numeric and named entities', () =>
    expect(normalise('&#x6700;&#x4F73;&nbsp;ok').han.text).toBe('最佳 ok'));
  it('keeps markdown link text and image alt, not the URL', () => {
    expect(normalise('[good](https://best.com) ![最佳](a.png)').latin.text).toBe('good 最佳');
  });
  it('removes emphasis markers, headings and bullets', () => {
    expect(normalise('# Title\n- **最**佳').latin.text).toBe('title\n最佳');
  });
  it("keeps a hashtag '#1月' because a heading needs a space", () =>
    expect(normalise('#1月好物').latin.text).toBe('#1月好物'));
});

describe('N1–N5 per character', () => {
  it("blocks full-width 'ＢＥＳＴ' (N1)", () => expect(termsOf('ＢＥＳＴ Sunscreen')).toContain('best'));
  it("blocks mathematical letters '𝐍𝐨.𝟏' (N1)", () => expect(termsOf('𝐍𝐨.𝟏 serum')).toContain('no.1'));
  it("blocks circled letters 'ⓑⓔⓢⓣ' (N1)", () => expect(termsOf('ⓑⓔⓢⓣ gift')).toContain('best'));
  it("blocks '№1' through the numero sign (N1)", () => expect(termsOf('№1 face oil')).toContain('no.1'));
  it('strips zero-width characters inside a term (N2)', () =>
    expect(termsOf('最\u200b\u200c\u200d佳')).toContain('最佳'));
  it("turns keycap '1️⃣' into a plain 1 (N2)", () => expect(normalise('1\ufe0f\u20e3').latin.text).toBe('1'));
  it("blocks Cyrillic look-alikes in 'ВЕST' (N4)", () => expect(termsOf('ВЕST cream')).toContain('best'));
  it("maps Greek capital Nu to N before casefold in 'ΝΟ.1' (N4)", () =>
    expect(termsOf('ΝΟ.1 mist')).toContain('no.1'));
  it('casefolds mixed case (N3)', () => expect(termsOf('nO.1 toner')).toContain('no.1'));
  it("blocks traditional '國家級' as 国家级 (N5)", () => expect(termsOf('國家級 配方')).toContain('国家级'));
});

describe('N6 variants and pinyin', () => {
  it("reads 蕞 as 最 in '蕞佳'", () => expect(termsOf('蕞佳礼物')).toContain('最佳'));
  it("leaves '蕞尔' (a real word) alone", () => expect(verdictOf('蕞尔小国')).toBe('pass'));
  it("reads '第1' as 第一 but not '第10'", () => {
    expect(normalise('第1名 第10名').han.text).toBe('第一名第10名');
  });
  it("reads '第壹' as 第一", () => expect(termsOf('全网第壹')).toContain('第一'));
  it("reads pinyin 'zui佳' as 最佳", () => expect(termsOf('zui佳 之选')).toContain('最佳'));
  it("reads 'di一' as 第一", () => expect(termsOf('全网di一')).toContain('第一'));
  it("reads 'weiyi' as 唯一", () => expect(termsOf('全网 weiyi 正品')).toContain('唯一'));
});

describe('N7 leetspeak', () => {
  it("blocks 'N0.1' written with a zero", () => expect(termsOf('N0.1 serum')).toContain('no.1'));
  it("blocks 'b3st' and 'be$t'", () => {
    expect(termsOf('b3st toner')).toContain('best');
    expect(termsOf('be$t toner')).toContain('best');
  });
  it("blocks 'numb3r 0ne'", () => expect(termsOf('numb3r 0ne pick')).toContain('no.1'));
  it("leaves digit-only tokens like 'No.10' untouched", () => expect(verdictOf('No.10 shade')).toBe('pass'));
  it("does not decode quantities like '50ml'", () => expect(normalise('50ml').latin.text).toBe('50ml'));
});

describe('N8 separators and N9 repeats', () => {
  it("blocks '最·佳' and '顶🔝级' (Han separators)", () => {
    expect(termsOf('最·佳')).toContain('最佳');
    expect(termsOf('顶🔝级质感')).toContain('顶级');
  });
  it('keeps Chinese sentence punctuation as a hard boundary', () => expect(verdictOf('最，佳')).toBe('pass'));
  it("joins spaced single letters 'b e s t' and 'B.E.S.T'", () => {
    expect(termsOf('b e s t toner')).toContain('best');
    expect(termsOf('B.E.S.T toner')).toContain('best');
  });
  it("does not join multi-letter fragments like 'be st'", () => expect(verdictOf('be st')).toBe('pass'));
  it("collapses repeated Han characters in '最最最好用的'", () =>
    expect(termsOf('最最最好用的粉底')).toContain('最好'));
  it("collapses repeated letters in 'beeeest'", () => expect(termsOf('beeeest serum')).toContain('best'));
  it("passes 'wildebeest' even after collapse", () => expect(verdictOf('wildebeest plush toy')).toBe('pass'));
});
