import type { PlatformData } from '../types';
import { seedBrands } from './brands';
import { catalogues } from './catalogue';
import { seedDictionaryEntries } from './dictionary';
import { seedModeration } from './moderation';
import { createRandom } from './random';
import { seedProducts } from './products';
import { seedUsers } from './users';

/** Bump when the seed changes shape or content, so browsers drop snapshots of the old seed. */
export const SEED_VERSION = 2;

export function createSeed(): PlatformData {
  const random = createRandom(20261101);
  const catalogue = catalogues.flatMap((brandCatalogue) => seedProducts(brandCatalogue, random));
  const { products, moderationItems, auditLog } = seedModeration(catalogue, seedBrands);
  return {
    brands: structuredClone(seedBrands),
    users: structuredClone(seedUsers),
    products,
    sessions: [],
    signInFailures: [],
    dictionaryEntries: structuredClone(seedDictionaryEntries),
    moderationItems,
    auditLog,
  };
}

export { DEMO_PASSWORD } from './users';
