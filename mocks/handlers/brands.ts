import { http } from 'msw';
import { brandSchema, type Brand } from '../../src/api';
import { db } from '../db/store';
import { listRecords, type ListOptions } from '../lib/listQuery';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';
import { findWithinScope, withinScope } from '../lib/scope';

const listOptions: ListOptions<Brand> = {
  fields: brandSchema.keyof().options,
  searchFields: ['name', 'nameEn'],
};

// A brand's own scope is itself.
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
  http.post(apiPath('/brands'), unsupportedRoute('brands', 'create')),
  http.patch(apiPath('/brands/:id'), unsupportedRoute('brands', 'edit')),
  http.delete(apiPath('/brands/:id'), unsupportedRoute('brands', 'delete')),
];
