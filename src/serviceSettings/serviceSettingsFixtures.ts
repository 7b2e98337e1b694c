// Test-only: Lumière's settings as seeded (threshold ¥500). Imported by tests only.
import type { ServiceSettings } from '../api';
import { db } from '../../mocks/db/store';

export const LUMIERE = 'brand-lumiere';

export function givenLumiereSettings(): ServiceSettings {
  const seeded = db.serviceSettings.find(LUMIERE);
  if (!seeded) throw new Error('the seed lost the service settings of brand-lumiere');
  return seeded;
}
