import { describe, expect, it } from 'vitest';
import { snoozeUntil } from './snoozeTimes';

describe('snoozeUntil', () => {
  it('snoozes for an hour', () => {
    expect(snoozeUntil('hour', Date.parse('2026-03-02T04:00:00Z'))).toBe('2026-03-02T05:00:00.000Z');
  });

  it('wakes tomorrow at 09:00 China time, also late at night in China', () => {
    // 12:00 and 23:30 on 2 March in China: both wake on 3 March at 09:00 China time (01:00 UTC).
    expect(snoozeUntil('tomorrow', Date.parse('2026-03-02T04:00:00Z'))).toBe('2026-03-03T01:00:00.000Z');
    expect(snoozeUntil('tomorrow', Date.parse('2026-03-02T15:30:00Z'))).toBe('2026-03-03T01:00:00.000Z');
  });
});
