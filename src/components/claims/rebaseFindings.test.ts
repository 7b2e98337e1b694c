import { checkClaims } from '../../domain/claims';
import { rebaseFindings } from './rebaseFindings';

const findingsOf = (text: string) => checkClaims(text, { field: 'product_title' }).findings;

describe('rebaseFindings', () => {
  it('keeps findings before the edit and moves those after it with the text', () => {
    const checked = '最佳面霜，销量第一';
    const current = '最佳的面霜，销量第一';
    expect(
      rebaseFindings(findingsOf(checked), checked, current).map((f) => current.slice(f.start, f.end)),
    ).toEqual(['最佳', '第一']);
  });

  it('drops a finding the edit went through until the next check', () => {
    const checked = '最佳面霜';
    const current = '最好佳面霜';
    expect(rebaseFindings(findingsOf(checked), checked, current)).toEqual([]);
  });
});
