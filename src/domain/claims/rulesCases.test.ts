import { checkClaims } from './index';
import {
  absoluteAuthorityCases,
  contextCases,
  edgeCases,
  moreEdgeCases,
  fixedCases,
  englishAndNo1Cases,
  medicalUrgencyCases,
  normalisationCases,
  vocabularyCases,
  type RuleCase,
} from './rulesCases';

/** Cases written from RULES.md itself (see rulesCases.ts), so the engine is checked against the rules, not the sample. */
const label = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
const rows = (cases: RuleCase[]) =>
  cases.map(
    (ruleCase) =>
      [`${ruleCase.id} ${ruleCase.field} ${label(ruleCase.text)} → ${ruleCase.expect}`, ruleCase] as const,
  );

function check(ruleCase: RuleCase): void {
  const report = checkClaims(ruleCase.text, { field: ruleCase.field });
  const reported = report.findings.map((finding) => finding.term);
  expect({ verdict: report.verdict, reported }, ruleCase.why).toMatchObject({ verdict: ruleCase.expect });
  for (const term of ruleCase.terms) expect(reported, ruleCase.why).toContain(term);
  if (ruleCase.typed) {
    const { term, slice } = ruleCase.typed;
    const finding = report.findings.find((candidate) => candidate.term === term);
    expect(
      finding && ruleCase.text.slice(finding.start, finding.end),
      'highlight covers the evasion as typed',
    ).toBe(slice);
  }
}

describe('RULES.md cases: canonical vocabulary (§3, §5)', () => {
  it.each(rows(vocabularyCases))('%s', (_name, ruleCase) => check(ruleCase));
});

describe('RULES.md cases: English superlatives and the No.1 family (§3.1, §7.4–7.5)', () => {
  it.each(rows(englishAndNo1Cases))('%s', (_name, ruleCase) => check(ruleCase));
});

describe('RULES.md cases: absolute and authority claims (§3.2–3.3, §7.8)', () => {
  it.each(rows(absoluteAuthorityCases))('%s', (_name, ruleCase) => check(ruleCase));
});

describe('RULES.md cases: medical and urgency claims (§3.4–3.5, §7.7, §7.9–7.10)', () => {
  it.each(rows(medicalUrgencyCases))('%s', (_name, ruleCase) => check(ruleCase));
});

describe('RULES.md cases: normalisation N0–N9 (§2)', () => {
  it.each(rows(normalisationCases))('%s', (_name, ruleCase) => check(ruleCase));
});

describe('RULES.md cases: negation, downgrades and fields (§4, §7.2–7.3, §7.6)', () => {
  it.each(rows(contextCases))('%s', (_name, ruleCase) => check(ruleCase));
});

describe("RULES.md cases: edges of each rule's wording", () => {
  it.each(rows(edgeCases))('%s', (_name, ruleCase) => check(ruleCase));
});

describe('RULES.md cases: more evasions and context edges', () => {
  it.each(rows(moreEdgeCases))('%s', (_name, ruleCase) => check(ruleCase));
});

describe('RULES.md cases the engine first got wrong', () => {
  it.each(rows(fixedCases))('%s', (_name, ruleCase) => check(ruleCase));
});

it('has no duplicate case ids', () => {
  const all = [
    vocabularyCases,
    englishAndNo1Cases,
    absoluteAuthorityCases,
    medicalUrgencyCases,
    normalisationCases,
    contextCases,
    edgeCases,
    moreEdgeCases,
    fixedCases,
  ].flat();
  expect(new Set(all.map((ruleCase) => ruleCase.id)).size).toBe(all.length);
});
