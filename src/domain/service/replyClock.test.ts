import { autoApprovalAt, replyCountdown } from './replyClock';

const china = (iso: string) => Date.parse(`${iso}+08:00`);
const SEC = 1_000;

describe('the 3-minute reply countdown', () => {
  const since = china('2026-11-24T10:00:00');

  it('runs with the time left during service hours', () => {
    expect(replyCountdown(since, since + 30 * SEC)).toMatchObject({ state: 'running', leftMs: 150 * SEC });
  });

  it('turns urgent in its last minute, not before', () => {
    expect(replyCountdown(since, since + 119 * SEC).state).toBe('running');
    expect(replyCountdown(since, since + 120 * SEC).state).toBe('urgent');
    expect(replyCountdown(since, since + 179 * SEC).state).toBe('urgent');
  });

  it('breaches at exactly three minutes', () => {
    expect(replyCountdown(since, since + 180 * SEC)).toMatchObject({ state: 'breached', leftMs: 0 });
    expect(replyCountdown(since, since + 200 * SEC).leftMs).toBe(-20 * SEC);
  });

  it('pauses at 23:00 and resumes at 09:00 with what was left', () => {
    const late = china('2026-11-24T22:59:00');
    const night = replyCountdown(late, china('2026-11-25T01:00:00'));
    expect(night).toMatchObject({
      state: 'paused',
      leftMs: 120 * SEC,
      deadline: china('2026-11-25T09:02:00'),
    });
    expect(replyCountdown(late, china('2026-11-25T09:01:00'))).toMatchObject({
      state: 'urgent',
      leftMs: 60 * SEC,
    });
    expect(replyCountdown(late, china('2026-11-25T09:02:00')).state).toBe('breached');
  });

  it('waits for 09:00 when the buyer writes at night', () => {
    const night = china('2026-11-24T03:00:00');
    expect(replyCountdown(night, china('2026-11-24T08:59:00'))).toMatchObject({
      state: 'paused',
      leftMs: 180 * SEC,
    });
    expect(replyCountdown(night, china('2026-11-24T09:00:30')).state).toBe('running');
  });

  it('keeps counting across midnight only inside service hours', () => {
    const beforeMidnight = china('2026-11-24T23:59:00');
    expect(replyCountdown(beforeMidnight, china('2026-11-25T00:01:00')).leftMs).toBe(180 * SEC);
  });
});

describe('refund auto-approval', () => {
  const requested = Date.parse('2026-11-20T12:00:00Z');
  it('comes after 72 hours for domestic orders', () => {
    expect(autoApprovalAt(requested, false)).toBe(Date.parse('2026-11-23T12:00:00Z'));
  });
  it('comes after 96 hours for overseas (cross-border) orders', () => {
    expect(autoApprovalAt(requested, true)).toBe(Date.parse('2026-11-24T12:00:00Z'));
  });
});
