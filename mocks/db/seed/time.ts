/** Every seeded timestamp is relative to this instant, never to the clock, so the seed is reproducible. */
export const SEED_BASE_TIME = Date.parse('2026-11-01T08:00:00Z');

const DAY_MS = 86_400_000;

export const daysBeforeBase = (days: number, extraMinutes = 0): string =>
  new Date(SEED_BASE_TIME - days * DAY_MS + extraMinutes * 60_000).toISOString();

export const hoursBeforeBase = (hours: number): string =>
  new Date(SEED_BASE_TIME - hours * 3_600_000).toISOString();

/**
 * The one exception to the rule above: customer-service data (conversations, orders, after-sales) is
 * timed relative to when the seed is built, so the 3-minute reply clocks and the 72/96-hour
 * auto-approval countdowns are live in the demo rather than all long past. Whole minutes, so the
 * seed is the same all through the minute it is built in.
 */
export const serviceSeedTime = () => Math.floor(Date.now() / 60_000) * 60_000;
