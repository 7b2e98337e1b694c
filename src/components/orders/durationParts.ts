const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A duration as the two largest units an agent needs ("2 d 4 h", "5 h 12 min", "8 min"); the
 * minutes are rounded up so "0 min" never shows while time is still left.
 */
export function durationParts(ms: number): { days: number; hours: number; minutes: number } {
  const minutesLeft = Math.ceil(Math.max(0, ms) / MINUTE);
  const days = Math.floor((minutesLeft * MINUTE) / DAY);
  const hours = Math.floor(((minutesLeft * MINUTE) % DAY) / HOUR);
  const minutes = minutesLeft % 60;
  return { days, hours, minutes };
}

export type DurationKey = 'days_hours' | 'hours_minutes' | 'minutes';

export function durationKey({ days, hours }: { days: number; hours: number }): DurationKey {
  if (days > 0) return 'days_hours';
  if (hours > 0) return 'hours_minutes';
  return 'minutes';
}
