import { http } from 'msw';
import { z } from 'zod';
import {
  storeChecklist,
  storeClaimFields,
  storeSchema,
  storeUpdateSchema,
  type Brand,
  type Store,
} from '../../src/api';
import { db } from '../db/store';
import { parseBody, parseChanges } from '../lib/body';
import { copyChanged, refuseBlockedCopy } from '../lib/copyClaims';
import { resolveFileRefs } from '../lib/fileRefs';
import { listRecords, type ListOptions } from '../lib/listQuery';
import { conflict, notFound, problem, validationFailed } from '../lib/problem';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';
import { findWithinScope, withinScope } from '../lib/scope';
import type { Caller } from '../lib/sessions';

const listOptions: ListOptions<Store> = {
  fields: storeSchema.keyof().options,
  searchFields: ['name'],
};

const openRequestSchema = z.object({ version: z.number().int() });

const brandOf = (store: Store) => store.brandId;
const findStore = (caller: Caller, id: string) => findWithinScope(caller, db.stores, id, brandOf, 'store');

function brandOfStore(store: Store): Brand {
  const brand = db.brands.find(store.brandId);
  if (!brand) throw notFound('brand');
  return brand;
}

/** 422 naming every checklist item still missing, each as the message key the console shows. */
function assertComplete(store: Store, brand: Brand, detail: string): void {
  const missing = storeChecklist(store, brand).filter((item) => !item.done);
  if (missing.length === 0) return;
  throw problem(422, 'stores.errors.incomplete', detail, {
    errors: Object.fromEntries(missing.map(({ item }) => [item, `stores.checklist.${item}`])),
  });
}

/** Rules that hold for an open store: shoppers and products depend on what opening required. */
function assertStillOpenable(stored: Store, merged: Store, brand: Brand): void {
  if (stored.status !== 'open') return;
  // Products carry customs data (or none) for the trade model the store opened with.
  if (merged.tradeModel !== stored.tradeModel)
    throw validationFailed({ tradeModel: 'stores.errors.trade_model_locked' });
  assertComplete(merged, brand, 'An open store must keep everything opening required.');
}

export const storeHandlers = [
  http.get(
    apiPath('/stores'),
    route('stores', 'list', ({ caller, url }) =>
      json(listRecords(withinScope(caller, db.stores.all(), brandOf), url.searchParams, listOptions)),
    ),
  ),
  http.get(
    apiPath('/stores/:id'),
    route('stores', 'show', ({ caller, params }) => json(findStore(caller, params.id))),
  ),
  http.patch(
    apiPath('/stores/:id'),
    route('stores', 'edit', async ({ caller, params, request }) => {
      const stored = findStore(caller, params.id);
      const { version, ...changes } = await parseChanges(request, storeUpdateSchema);
      const brand = brandOfStore(stored);
      if (brand.verificationStatus !== 'approved')
        throw problem(
          422,
          'stores.errors.not_verified',
          'The store can be set up once the brand is verified.',
        );
      if (version !== stored.version) throw conflict(stored);
      const resolved = resolveFileRefs(stored.brandId, changes, { logo: 'logo', banner: 'banner' });
      const merged: Store = {
        ...stored,
        ...resolved,
        version: stored.version + 1,
        updatedAt: new Date().toISOString(),
      };
      assertStillOpenable(stored, merged, brand);
      if (copyChanged(stored, changes, storeClaimFields)) refuseBlockedCopy(merged, storeClaimFields);
      return json(db.stores.save(merged));
    }),
  ),
  http.post(
    apiPath('/stores/:id/open'),
    route('stores', 'edit', async ({ caller, params, request }) => {
      const stored = findStore(caller, params.id);
      const { version } = await parseBody(request, openRequestSchema);
      if (version !== stored.version) throw conflict(stored);
      // Opening an open store changes nothing, so the version stays.
      if (stored.status === 'open') return json(stored);
      assertComplete(
        stored,
        brandOfStore(stored),
        'The store cannot open while the checklist has missing items.',
      );
      const at = new Date().toISOString();
      return json(
        db.stores.save({
          ...stored,
          status: 'open',
          openedAt: at,
          version: stored.version + 1,
          updatedAt: at,
        }),
      );
    }),
  ),
  http.post(apiPath('/stores'), unsupportedRoute('stores', 'create')),
  http.delete(apiPath('/stores/:id'), unsupportedRoute('stores', 'delete')),
];
