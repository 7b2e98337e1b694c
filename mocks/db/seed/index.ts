import type { PlatformData } from '../types';
import { seedApplications, seedStores } from './accounts';
import { seedBrands } from './brands';
import { catalogues } from './catalogue';
import { seedDictionaryEntries } from './dictionary';
import { seedFiles } from './files';
import { seedModeration } from './moderation';
import { createRandom } from './random';
import { seedProducts } from './products';
import { seedTeaCatalogue } from './teaCatalogue';
import { seedUsers } from './users';
import { seedService } from './service';
import { serviceSeedTime } from './time';

/** Bump when the seed changes shape or content, so browsers drop snapshots of the old seed. */
export const SEED_VERSION = 4;

export function createSeed(): PlatformData {
  const random = createRandom(20261101);
  // SKUs draw from their own sequence, so the products keep the ids, statuses and prices the demo knows.
  const skuRandom = createRandom(20261102);
  const handWritten = catalogues.flatMap((brandCatalogue) => seedProducts(brandCatalogue, random, skuRandom));
  const yunshanSoFar = handWritten.filter((product) => product.brandId === 'brand-yunshan').length;
  const catalogue = [...handWritten, ...seedTeaCatalogue(yunshanSoFar, random, skuRandom)];
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
    // One application and one store per brand, with the brand's id; the files they refer to.
    verificationApplications: seedApplications(seedBrands),
    stores: seedStores(seedBrands),
    files: structuredClone(seedFiles),
    productImports: [],
    ...seedService(serviceSeedTime()),
  };
}

export { DEMO_PASSWORD } from './users';
