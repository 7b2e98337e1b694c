import { http } from 'msw';
import { brandClaimFields, brandSchema, brandUpdateSchema, type Brand } from '../../src/api';
import { db } from '../db/store';
import { parseChanges } from '../lib/body';
import { copyChanged, refuseBlockedCopy } from '../lib/copyClaims';
import { resolveFileRefs } from '../lib/fileRefs';
import { listRecords, type ListOptions } from '../lib/listQuery';
import { conflict } from '../lib/problem';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';
import { findWithinScope, withinScope } from '../lib/scope';

const listOptions: ListOptions<Brand> = {
  fields: brandSchema.keyof().options,
  searchFields: ['name', 'nameEn'],
};

// A brand's own scope is itself: a brand user's list holds one row, their own brand.
const brandOf = (brand: Brand) => brand.id;

export const brandHandlers = [
  http.get(
    apiPath('/brands'),
    route('brands', 'list', ({ caller, url }) =>
      json(listRecords(withinScope(caller, db.brands.all(), brandOf), url.searchParams, listOptions)),
    ),
  ),
  http.get(
    apiPath('/brands/:id'),
    route('brands', 'show', ({ caller, params }) =>
      json(findWithinScope(caller, db.brands, params.id, brandOf, 'brand')),
    ),
  ),
  http.patch(
    apiPath('/brands/:id'),
    route('brands', 'edit', async ({ caller, params, request }) => {
      const stored = findWithinScope(caller, db.brands, params.id, brandOf, 'brand');
      const { version, ...changes } = await parseChanges(request, brandUpdateSchema);
      if (version !== stored.version) throw conflict(stored);
      const resolved = resolveFileRefs(stored.id, changes, { logo: 'logo' });
      const merged: Brand = {
        ...stored,
        ...resolved,
        version: stored.version + 1,
        updatedAt: new Date().toISOString(),
      };
      // Warned copy is saved; blocked copy refuses the whole save.
      if (copyChanged(stored, changes, brandClaimFields)) refuseBlockedCopy(merged, brandClaimFields);
      return json(db.brands.save(merged));
    }),
  ),
  http.post(apiPath('/brands'), unsupportedRoute('brands', 'create')),
  http.delete(apiPath('/brands/:id'), unsupportedRoute('brands', 'delete')),
];
