import { formatFen } from './money';

describe('formatFen', () => {
  it('shows yuan with two decimals in English', () => {
    expect(formatFen(1_234_567, 'en')).toBe('CN¥12,345.67');
  });

  it('shows the yuan sign in Chinese', () => {
    expect(formatFen(1_234_567, 'zh')).toBe('¥12,345.67');
  });

  it('keeps every fen of amounts that binary floats cannot hold exactly', () => {
    expect(formatFen(1005, 'en')).toBe('CN¥10.05');
    expect(formatFen(29, 'zh')).toBe('¥0.29');
  });

  it('shows zero and negative amounts', () => {
    expect(formatFen(0, 'en')).toBe('CN¥0.00');
    expect(formatFen(-150, 'en')).toBe('-CN¥1.50');
  });

  it('refuses fractions of a fen', () => {
    expect(() => formatFen(12.5, 'en')).toThrow(RangeError);
  });
});
