import type { PlatformData } from '../types';
import { seedBrands } from './brands';
import { catalogues } from './catalogue';
import { createRandom } from './random';
import { seedProducts } from './products';
import { seedUsers } from './users';

/** Bump when the seed changes shape or content, so browsers drop snapshots of the old seed. */
export const SEED_VERSION = 1;

export function createSeed(): PlatformData {
  const random = createRandom(20261101);
  return {
    brands: structuredClone(seedBrands),
    users: structuredClone(seedUsers),
    products: catalogues.flatMap((catalogue) => seedProducts(catalogue, random)),
    sessions: [],
    signInFailures: [],
  };
}

export { DEMO_PASSWORD } from './users';
