import {
  CLAIM_RULE_IDS,
  checkClaims,
  claimMessagesEn,
  claimMessagesZh,
  defaultDictionary,
  extendDictionary,
} from './index';

describe('extendDictionary', () => {
  it('adding a term makes it block', () => {
    const dictionary = extendDictionary(defaultDictionary, [
      { kind: 'term', term: '吊打', lang: 'zh', category: 'SUP', severity: 'block', enabled: true },
    ]);
    const report = checkClaims('吊打大牌的面霜', { dictionary });
    expect(report.verdict).toBe('block');
    expect(report.findings[0]).toMatchObject({ term: '吊打', ruleId: 'R-CUSTOM' });
    expect(checkClaims('吊打大牌的面霜').verdict).toBe('pass');
  });

  it('normalises added terms like the text (full-width, case)', () => {
    const dictionary = extendDictionary(defaultDictionary, [
      { kind: 'term', term: 'Game-Changer', lang: 'en', category: 'SUP', severity: 'warn', enabled: true },
    ]);
    expect(checkClaims('A true GAME-CHANGER serum', { dictionary }).verdict).toBe('warn');
  });

  it('disabling a built-in term makes it pass', () => {
    const dictionary = extendDictionary(defaultDictionary, [
      { kind: 'term', term: '首发', lang: 'zh', category: 'SUP', severity: 'warn', enabled: false },
    ]);
    expect(checkClaims('新品首发').verdict).toBe('warn');
    expect(checkClaims('新品首发', { dictionary }).verdict).toBe('pass');
  });

  it('an allowlisted trademark suppresses the hit it covers', () => {
    const dictionary = extendDictionary(defaultDictionary, [
      { kind: 'trademark', span: '至尊宝', enabled: true },
    ]);
    expect(checkClaims('至尊宝 月光宝盒').verdict).toBe('block');
    expect(checkClaims('至尊宝 月光宝盒', { dictionary }).verdict).toBe('pass');
  });

  it('disabling a built-in whitelist span brings the hit back', () => {
    const dictionary = extendDictionary(defaultDictionary, [
      { kind: 'whitelist', span: '最佳拍档', enabled: false },
    ]);
    expect(checkClaims('最佳拍档').verdict).toBe('pass');
    expect(checkClaims('最佳拍档', { dictionary }).verdict).toBe('block');
  });

  it('changes the version deterministically with the extensions', () => {
    const extensions = [{ kind: 'whitelist', span: 'best boy', enabled: true } as const];
    const a = extendDictionary(defaultDictionary, extensions);
    const b = extendDictionary(defaultDictionary, extensions);
    const c = extendDictionary(defaultDictionary, [{ ...extensions[0], enabled: false }]);
    expect(a.version).toMatch(new RegExp(`^${defaultDictionary.version}\\+[0-9a-f]{8}$`));
    expect(a.version).toBe(b.version);
    expect(c.version).not.toBe(a.version);
    expect(checkClaims('x', { dictionary: a }).dictionaryVersion).toBe(a.version);
  });

  it('does not change the base dictionary', () => {
    const before = defaultDictionary.terms.length;
    extendDictionary(defaultDictionary, [
      { kind: 'term', term: 'x', lang: 'en', category: 'SUP', severity: 'warn', enabled: true },
    ]);
    expect(defaultDictionary.terms.length).toBe(before);
  });
});

describe('messages', () => {
  it('explains every ruleId the dictionary uses, in English and Chinese', () => {
    const used = new Set([...defaultDictionary.terms.map((t) => t.ruleId), 'R-FIRST', 'R-CUSTOM']);
    for (const ruleId of used) expect(CLAIM_RULE_IDS).toContain(ruleId);
    for (const ruleId of CLAIM_RULE_IDS) {
      for (const messages of [claimMessagesEn, claimMessagesZh]) {
        const rule = messages.claims.rules[ruleId];
        expect(rule.message.length).toBeGreaterThan(0);
        expect(rule.suggestion.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('speed', () => {
  it('checks a 20,000-character text quickly', () => {
    const text = '质地轻薄，吸收很快，适合日常使用。Lightweight cream that absorbs fast. '
      .repeat(400)
      .slice(0, 20_000);
    checkClaims(text);
    const started = performance.now();
    for (let i = 0; i < 5; i++) checkClaims(text);
    expect((performance.now() - started) / 5).toBeLessThan(100);
  });
});
