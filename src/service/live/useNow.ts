import { useEffect, useState } from 'react';

/**
 * Date.now() re-rendering every `intervalMs` (default 1000), for countdowns. When `restartOn` changes
 * (say, a new deadline) the clock reads the time again at once, so a countdown never starts from a
 * reading up to one interval old.
 */
export function useNow(intervalMs = 1000, restartOn?: unknown): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const timer = setInterval(tick, intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, restartOn]);
  return now;
}
