import { addServiceTime, chinaDayOf, isInServiceHours, serviceTimeBetween } from './serviceHours';

/** An instant given as China time (UTC+8). */
const china = (iso: string) => Date.parse(`${iso}+08:00`);
const MIN = 60_000;

describe('service hours (09:00–23:00 China time)', () => {
  it('opens at 09:00 sharp and closes at 23:00 sharp', () => {
    expect(isInServiceHours(china('2026-11-24T08:59:59.999'))).toBe(false);
    expect(isInServiceHours(china('2026-11-24T09:00:00'))).toBe(true);
    expect(isInServiceHours(china('2026-11-24T22:59:59.999'))).toBe(true);
    expect(isInServiceHours(china('2026-11-24T23:00:00'))).toBe(false);
  });

  it('uses China time whatever the instant looks like in UTC', () => {
    // 01:30 UTC is 09:30 in China.
    expect(isInServiceHours(Date.parse('2026-11-24T01:30:00Z'))).toBe(true);
    // 15:30 UTC is 23:30 in China.
    expect(isInServiceHours(Date.parse('2026-11-24T15:30:00Z'))).toBe(false);
  });

  it('counts only the service part of a span that crosses 23:00 and midnight', () => {
    const from = china('2026-11-24T22:58:00');
    const to = china('2026-11-25T09:02:00');
    expect(serviceTimeBetween(from, to)).toBe(4 * MIN);
  });

  it('counts nothing for a span inside the night', () => {
    expect(serviceTimeBetween(china('2026-11-24T23:30:00'), china('2026-11-25T08:00:00'))).toBe(0);
  });

  it('counts whole days of 14 hours', () => {
    expect(serviceTimeBetween(china('2026-11-24T00:00:00'), china('2026-11-26T00:00:00'))).toBe(
      28 * 60 * MIN,
    );
  });

  it('answers 0 when the end is not after the start', () => {
    const at = china('2026-11-24T10:00:00');
    expect(serviceTimeBetween(at, at)).toBe(0);
    expect(serviceTimeBetween(at, at - MIN)).toBe(0);
  });

  it('adds service time across the night', () => {
    expect(addServiceTime(china('2026-11-24T22:59:00'), 3 * MIN)).toBe(china('2026-11-25T09:02:00'));
    expect(addServiceTime(china('2026-11-24T02:00:00'), 3 * MIN)).toBe(china('2026-11-24T09:03:00'));
    expect(addServiceTime(china('2026-11-24T10:00:00'), 3 * MIN)).toBe(china('2026-11-24T10:03:00'));
  });

  it('lands exactly on 23:00 when the budget ends there', () => {
    expect(addServiceTime(china('2026-11-24T22:57:00'), 3 * MIN)).toBe(china('2026-11-24T23:00:00'));
  });
});

describe('chinaDayOf', () => {
  it('starts the day at midnight China time, which is 16:00 UTC the day before', () => {
    const day = chinaDayOf(Date.parse('2026-11-24T23:30:00+08:00'));
    expect(new Date(day.from).toISOString()).toBe('2026-11-23T16:00:00.000Z');
    expect(day.to - day.from).toBe(86_400_000);
  });

  it('puts 00:00 China time in the new day, not the old one', () => {
    const at = Date.parse('2026-11-25T00:00:00+08:00');
    expect(chinaDayOf(at).from).toBe(at);
  });
});
