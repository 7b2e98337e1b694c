/** Whole minutes and seconds of a duration, for "1 min 12 s" / "1 分 12 秒". */
export function minutesAndSeconds(ms: number): { minutes: number; seconds: number } {
  const total = Math.round(ms / 1000);
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
