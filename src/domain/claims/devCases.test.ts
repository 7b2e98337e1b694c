// @vitest-environment node
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { checkClaims } from './index';
import type { ClaimField, Verdict } from './index';

interface DevCase {
  id: string;
  text: string;
  field: ClaimField;
  expect: Verdict;
  terms: string[];
}

// In CI the shared folder sits beside the project (../shared from the project root).
const casesUrl = new URL('../../../../shared/claims/dev-cases.json', import.meta.url);
const cases = JSON.parse(readFileSync(casesUrl, 'utf8')) as DevCase[];
const label = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}...` : text).replace(/\n/g, ' ');

describe('dev cases of RULES.md', () => {
  it.each(cases.map((c) => [`${c.id}: ${label(c.text)}`, c] as const))('%s', (_name, devCase) => {
    const report = checkClaims(devCase.text, { field: devCase.field });
    const reported = report.findings.map((finding) => finding.term);
    expect(report.verdict).toBe(devCase.expect);
    for (const term of devCase.terms) expect(reported).toContain(term);
  });
});
