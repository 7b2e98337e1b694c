export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 30_000;

/**
 * How long to wait before reconnect attempt `attempt` (1, 2, 3 …): 1 s, 2 s, 4 s … at most 30 s,
 * plus up to 20 % jitter so a platform restart is not met by every console at the same instant.
 */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base + base * 0.2 * random());
}
