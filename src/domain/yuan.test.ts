import { fenToYuan, parseYuan, yuanToFen } from './yuan';

describe('parseYuan', () => {
  it('turns yuan with up to two decimals into integer fen', () => {
    expect(parseYuan('12')).toEqual({ ok: true, fen: 1200 });
    expect(parseYuan('12.5')).toEqual({ ok: true, fen: 1250 });
    expect(parseYuan('0.29')).toEqual({ ok: true, fen: 29 });
    expect(parseYuan(' 1,299.90 ')).toEqual({ ok: true, fen: 129_990 });
    expect(parseYuan('12.')).toEqual({ ok: true, fen: 1200 });
  });

  it('treats an empty box as no amount', () => {
    expect(parseYuan('  ')).toEqual({ ok: true, fen: null });
  });

  it('refuses a third decimal instead of rounding it away', () => {
    expect(parseYuan('12.345')).toEqual({ ok: false, reason: 'too_many_decimals' });
  });

  it('refuses text, negative amounts and exponents', () => {
    for (const text of ['abc', '-5', '1e3', '1.2.3']) {
      expect(parseYuan(text)).toEqual({ ok: false, reason: 'not_a_number' });
    }
  });
});

describe('fenToYuan', () => {
  it('shows whole yuan without decimals and other amounts with two', () => {
    expect(fenToYuan(1200)).toBe('12');
    expect(fenToYuan(1250)).toBe('12.50');
    expect(fenToYuan(7)).toBe('0.07');
  });

  it('round-trips through parseYuan', () => {
    for (const fen of [0, 1, 99, 100, 123_456, 10_000_000]) {
      expect(parseYuan(fenToYuan(fen))).toEqual({ ok: true, fen });
    }
  });
});

describe('yuanToFen', () => {
  it('rounds float yuan to the nearest fen', () => {
    expect(yuanToFen(0.29)).toBe(29);
    expect(yuanToFen(19.999)).toBe(2000);
  });
});
