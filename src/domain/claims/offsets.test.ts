import { checkClaims } from './index';
import type { ClaimField } from './index';

/** The UI highlights text.slice(start, end): it must cover exactly what the user typed. */
function highlighted(text: string, term: string, field: ClaimField = 'product_description'): string {
  const finding = checkClaims(text, { field }).findings.find((f) => f.term === term);
  if (!finding) throw new Error(`no ${term} in ${text}`);
  return text.slice(finding.start, finding.end);
}

describe('offsets back to the original text', () => {
  it.each([
    ['Ｎｏ．１ 面霜', 'no.1', 'Ｎｏ．１'],
    ['这是最\u200b佳 补水面膜', '最佳', '最\u200b佳'],
    ['the B.E.S.T serum', 'best', 'B.E.S.T'],
    ['礼盒 最 佳 之选', '最佳', '最 佳'],
    ['<p>新品<b>最</b>佳</p>', '最佳', '最</b>佳'],
    ['Веst serum', 'best', 'Веst'],
    ['&#26368;佳 礼盒', '最佳', '&#26368;佳'],
    ['𝓑𝓮𝓼𝓽 Gift Box', 'best', '𝓑𝓮𝓼𝓽'],
    ['全网N0.1修护', 'no.1', 'N0.1'],
    ['最最最好用的粉底', '最好', '最最最好'],
    ['ⓩⓤⓘ佳 眼霜', '最佳', 'ⓩⓤⓘ佳'],
    ['b e s t toner', 'best', 'b e s t'],
    ['顶🔝级质感', '顶级', '顶🔝级'],
    ['<img alt="最佳礼物" src="x.png">', '最佳', '最佳'],
  ])('covers %j exactly', (text, term, typed) => {
    expect(highlighted(text, term)).toBe(typed);
  });

  it('reports findings in text order with i18n keys', () => {
    const report = checkClaims('最佳礼物，国家级配方');
    expect(report.findings.map((f) => f.term)).toEqual(['最佳', '国家级']);
    expect(report.findings[0].messageKey).toBe('claims.rules.R-SUP-ZUI.message');
    expect(report.findings[1].suggestionKey).toBe('claims.rules.R-AUTH-ZH.suggestion');
  });
});
