/**
 * RED measures merchant replies in service hours: 09:00–23:00 China time (UTC+8, no daylight saving).
 * Times are epoch milliseconds; the functions are pure so the clocks can be tested at their edges.
 */
export const CHINA_OFFSET_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;
export const SERVICE_START_MS = 9 * 3_600_000;
export const SERVICE_END_MS = 23 * 3_600_000;

/** Milliseconds since midnight in China for an instant. */
const chinaTimeOfDay = (at: number) => (((at + CHINA_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
/** The instant of the China midnight that starts the day `at` falls in. */
const chinaMidnight = (at: number) => at - chinaTimeOfDay(at);

export const isInServiceHours = (at: number) => {
  const time = chinaTimeOfDay(at);
  return time >= SERVICE_START_MS && time < SERVICE_END_MS;
};

/** Service-hours milliseconds between two instants (0 when `to` is not after `from`). */
export function serviceTimeBetween(from: number, to: number): number {
  let total = 0;
  for (let midnight = chinaMidnight(from); midnight < to; midnight += DAY_MS) {
    const start = Math.max(from, midnight + SERVICE_START_MS);
    const end = Math.min(to, midnight + SERVICE_END_MS);
    if (end > start) total += end - start;
  }
  return total;
}

/** The instant when `budgetMs` of service time has passed after `from`. */
export function addServiceTime(from: number, budgetMs: number): number {
  let left = budgetMs;
  for (let midnight = chinaMidnight(from); ; midnight += DAY_MS) {
    const start = Math.max(from, midnight + SERVICE_START_MS);
    const end = midnight + SERVICE_END_MS;
    if (end <= start) continue;
    if (end - start >= left) return start + left;
    left -= end - start;
  }
}

/** Today in China, as RED's daily figures count it: from its midnight to the next. */
export const chinaDayOf = (at: number) => ({ from: chinaMidnight(at), to: chinaMidnight(at) + DAY_MS });
