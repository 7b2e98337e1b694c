import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInAdmin } from '../../test/renderInAdmin';
import { ReplyClock } from './ReplyClock';

// 12:00 in China (04:00 UTC): within service hours.
const NOON_CHINA = Date.parse('2026-03-02T04:00:00Z');
const secondsBefore = (at: number, seconds: number) => new Date(at - seconds * 1000).toISOString();

const clockAt = (now: number, waitingSince: string) => {
  vi.setSystemTime(now);
  renderInAdmin(<ReplyClock waitingSince={waitingSince} />);
  return screen.getByRole('timer');
};

describe('ReplyClock', () => {
  afterEach(() => vi.useRealTimers());

  it('counts down the 3 minutes', () => {
    const clock = clockAt(NOON_CHINA, secondsBefore(NOON_CHINA, 19));
    expect(clock).toHaveTextContent('2:41');
    expect(clock).toHaveAccessibleName('Reply within 2:41 to meet the 3-minute target');
  });

  it('turns urgent in the last minute, in words and not only colour', () => {
    const clock = clockAt(NOON_CHINA, secondsBefore(NOON_CHINA, 150));
    expect(clock).toHaveTextContent('0:30');
    expect(clock).toHaveAccessibleName('Urgent: 0:30 left to meet the 3-minute target');
  });

  it('says by how much the target was missed', () => {
    expect(clockAt(NOON_CHINA, secondsBefore(NOON_CHINA, 260))).toHaveTextContent('Breached +1:20');
  });

  it('pauses outside service hours until 09:00', () => {
    // 23:30 in China: the buyer wrote at 23:29, after service hours ended.
    const lateNight = Date.parse('2026-03-02T15:30:00Z');
    expect(clockAt(lateNight, secondsBefore(lateNight, 60))).toHaveTextContent('Paused · resumes 09:00');
  });
});
