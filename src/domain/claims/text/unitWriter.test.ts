import { defaultDictionary } from '../dictionary';
import { compileDictionary } from '../matching/compile';
import { decodeLeetspeak } from './leetspeak';
import { ScratchSlot, viewString, type MappedText } from './mappedText';
import { SEEN_HAN_CHANGE, SEEN_JOIN, SEEN_LEET, SEEN_PINYIN } from './seenFlags';
import { UnitWriter } from './unitWriter';

const { combined } = compileDictionary(defaultDictionary);
const writer = new UnitWriter();

function write(pieces: string[], withDfa = true): MappedText {
  writer.start(16, new ScratchSlot(), withDfa ? combined.automaton : undefined);
  for (const piece of pieces) writer.appendString(piece, 0, piece.length);
  return writer.finish();
}

const seen = (text: string) => (write([text]), writer.log.seen);
const has = (text: string, flag: number) => (seen(text) & flag) !== 0;

describe('UnitWriter', () => {
  it('normalises as it writes, keeping each unit’s original range', () => {
    const view = write(['ＢＥＳＴ\u200b佳']);
    expect(viewString(view)).toBe('best佳');
    expect(Array.from(view.starts.subarray(0, view.length))).toEqual([0, 1, 2, 3, 5]);
  });

  it('joins a surrogate pair split between two pieces into one code point', () => {
    const whole = write(['a😀b']);
    const split = write(['a\ud83d', '\ude00b']);
    expect(viewString(split)).toBe(viewString(whole));
  });

  it.each([
    ['b3st', true],
    ['be$t', true],
    ['3d', true],
    ['50ml', false],
    ['$5 off', false],
    ['@home', false],
    ['no.1', false],
  ])('flags leetspeak exactly when the pass rewrites something: %s', (text, rewrites) => {
    expect(has(text, SEEN_LEET)).toBe(rewrites);
    expect(decodeLeetspeak(write([text]))).toBe(rewrites);
  });

  it('flags the Latin join, pinyin and Han change points', () => {
    expect(has('B.E.S.T', SEEN_JOIN)).toBe(true);
    expect(has('1.7 oz', SEEN_JOIN)).toBe(false);
    expect(has('zui佳', SEEN_PINYIN)).toBe(true);
    expect(has('淡淡的', SEEN_HAN_CHANGE)).toBe(true);
    expect(has('最 佳', SEEN_HAN_CHANGE)).toBe(true);
    expect(has('最佳', SEEN_HAN_CHANGE)).toBe(false);
  });

  it('logs where letter runs start and where the Han view may change', () => {
    write(['free 淡淡 最·佳']);
    const { log } = writer;
    expect(Array.from(log.runStarts.subarray(0, log.runCount))).toEqual([2]);
    // 淡 repeated at 6, then a separator after Han at 7 (before 最) and at 9 (·)
    expect(Array.from(log.hanChanges.subarray(0, log.hanChangeCount))).toEqual([6, 7, 9]);
  });

  it('logs the same matches the automaton finds when it walks the view', () => {
    const text = 'The best serum, 全网销量第一 and No.1 in Asia';
    const view = write([text]);
    const walked: string[] = [];
    const replayed: string[] = [];
    combined.automaton.search(view.units, view.length, {
      onMatch: (id, start, end) => walked.push(`${id}@${start}-${end}`),
    });
    const { matchRows, matchEnds, matchCount } = writer.log;
    combined.automaton.replay(matchRows, matchEnds, matchCount, {
      onMatch: (id, start, end) => replayed.push(`${id}@${start}-${end}`),
    });
    expect(walked.length).toBeGreaterThan(2);
    expect(replayed).toEqual(walked);
  });

  it('finds nothing without a DFA', () => {
    write(['the best'], false);
    expect(writer.log.matchCount).toBe(0);
  });
});
