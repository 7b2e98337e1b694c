import { AhoCorasick } from './ahoCorasick';

function allMatches(patterns: string[], text: string): string[] {
  const found: string[] = [];
  const units = Uint16Array.from(text, (c) => c.charCodeAt(0));
  new AhoCorasick(patterns).search(units, units.length, {
    onMatch: (id, start, end) => found.push(`${patterns[id]}@${start}-${end}`),
  });
  return found.sort();
}

describe('AhoCorasick', () => {
  it('finds overlapping and nested patterns in one pass', () => {
    expect(allMatches(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['he@2-4', 'hers@2-6', 'she@1-4']);
  });
  it('finds Chinese patterns through failure links', () => {
    expect(allMatches(['最佳', '佳品', '最'], '最最佳品')).toEqual([
      '佳品@2-4',
      '最@0-1',
      '最@1-2',
      '最佳@1-3',
    ]);
  });
  it('skips repeated letters when collapsing, keeping original positions', () => {
    const units = Uint16Array.from('a beeeest', (c) => c.charCodeAt(0));
    const found: string[] = [];
    new AhoCorasick(['best']).search(
      units,
      units.length,
      { onMatch: (_id, start, end) => found.push(`${start}-${end}`) },
      true,
    );
    expect(found).toEqual(['2-9']);
  });
  it('finds nothing in unrelated text', () => expect(allMatches(['best'], 'lorem ipsum')).toEqual([]));
});
