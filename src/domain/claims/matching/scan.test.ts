import { defaultDictionary } from '../dictionary';
import { normalise } from '../text/normalise';
import { scanViews } from './scan';

const findsTerms = (text: string) => scanViews(defaultDictionary, normalise(text)).candidates.length > 0;

describe('scanViews', () => {
  it.each([
    '质地轻盈，推开即化，吸收后肌肤柔软不黏腻。',
    'Lightweight cream texture that absorbs quickly.',
    '<p>香气淡淡的，很舒服。</p>',
    '净含量50ml，保质期三年。',
  ])('finds nothing in clean copy: %s', (text) => expect(findsTerms(text)).toBe(false));

  it.each([
    '最最最好用的粉底',
    '全网第１',
    'b e s t toner',
    'B3ST toner',
    'beeeest serum',
    '最 佳',
    '<b>最</b>佳',
    'zui佳',
    '國家級',
    'No:1 pick',
    '淡淡的最佳香气',
    'Best before: see jar',
  ])('finds the disguised or ambiguous term: %s', (text) => expect(findsTerms(text)).toBe(true));
});
