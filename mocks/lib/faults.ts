import { delay, HttpResponse } from 'msw';
import { z } from 'zod';
import { problem, problemResponse } from './problem';

export const faultsSchema = z.object({
  latencyMs: z.number().int().min(0).max(60_000),
  errorRate: z.number().min(0).max(1),
  timeoutRate: z.number().min(0).max(1),
  offline: z.boolean(),
});
export type Faults = z.infer<typeof faultsSchema>;

const noFaults: Faults = { latencyMs: 0, errorRate: 0, timeoutRate: 0, offline: false };
let faults: Faults = { ...noFaults };

// Longer than any client timeout we use (30 s), so a "timeout" is seen as one.
const TIMEOUT_DELAY_MS = 45_000;

const faultsListeners = new Set<(next: Faults) => void>();

export const currentFaults = (): Faults => ({ ...faults });
export const setFaults = (next: Faults) => {
  faults = { ...next };
  faultsListeners.forEach((listener) => listener(currentFaults()));
};

/**
 * Hears every change of the knobs; returns the function that stops listening. Open streams use it:
 * going offline must drop the connections already made, not only refuse the next ones.
 */
export function onFaultsChange(listener: (next: Faults) => void): () => void {
  faultsListeners.add(listener);
  return () => faultsListeners.delete(listener);
}
export const resetFaults = () => setFaults(noFaults);

/**
 * Makes the network misbehave the way the control endpoint asked. Answers a response to send
 * instead of the real one, or undefined to carry on.
 */
export async function injectFaults(): Promise<Response | undefined> {
  if (faults.offline) return HttpResponse.error();
  if (faults.latencyMs > 0) await delay(faults.latencyMs);
  if (Math.random() < faults.timeoutRate) {
    await delay(TIMEOUT_DELAY_MS);
    return problemResponse(problem(504, 'errors.server', 'The platform did not answer in time.'));
  }
  if (Math.random() < faults.errorRate) {
    return problemResponse(problem(503, 'errors.server', 'The platform is unavailable. Try again.'));
  }
  return undefined;
}
