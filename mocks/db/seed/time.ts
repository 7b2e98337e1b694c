/** Every seeded timestamp is relative to this instant, never to the clock, so the seed is reproducible. */
export const SEED_BASE_TIME = Date.parse('2026-11-01T08:00:00Z');

const DAY_MS = 86_400_000;

export const daysBeforeBase = (days: number, extraMinutes = 0): string =>
  new Date(SEED_BASE_TIME - days * DAY_MS + extraMinutes * 60_000).toISOString();

export const hoursBeforeBase = (hours: number): string =>
  new Date(SEED_BASE_TIME - hours * 3_600_000).toISOString();
