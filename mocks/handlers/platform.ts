import { http } from 'msw';
import { z } from 'zod';
import { resetToSeed } from '../db/persistence';
import { parseBody } from '../lib/body';
import { currentFaults, faultsSchema, resetFaults, setFaults } from '../lib/faults';
import { apiPath, controlRoute, json, noContent } from '../lib/route';
import { expireAllSessions, resetSessionTtl, setSessionTtl } from '../lib/sessions';

/** Everything a reset undoes: the data (sessions included, as they live in it) and the knobs below. */
export async function resetPlatformState(): Promise<void> {
  await resetToSeed();
  resetFaults();
  resetSessionTtl();
}

const sessionTtlSchema = z.object({
  seconds: z
    .number()
    .int()
    .min(1)
    .max(30 * 86_400),
});

/** Mock-only control endpoints for the demo and the tests; the real platform has none of these. */
export const platformHandlers = [
  http.post(
    apiPath('/__platform/reset'),
    controlRoute(async () => {
      await resetPlatformState();
      return noContent();
    }),
  ),
  http.get(
    apiPath('/__platform/faults'),
    controlRoute(() => json(currentFaults())),
  ),
  http.put(
    apiPath('/__platform/faults'),
    controlRoute(async ({ request }) => {
      // Fields left out keep their value, so a demo can flip one knob at a time.
      const changes = await parseBody(request, faultsSchema.partial());
      setFaults({ ...currentFaults(), ...changes });
      return json(currentFaults());
    }),
  ),
  http.post(
    apiPath('/__platform/sessions/expire'),
    controlRoute(() => json({ expired: expireAllSessions() })),
  ),
  http.post(
    apiPath('/__platform/session-ttl'),
    controlRoute(async ({ request }) => {
      const { seconds } = await parseBody(request, sessionTtlSchema);
      setSessionTtl(seconds);
      return json({ seconds });
    }),
  ),
];
