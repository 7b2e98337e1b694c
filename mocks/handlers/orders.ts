import { http } from 'msw';
import { orderSchema, revealRequestSchema, type RevealResponse } from '../../src/api';
import { db } from '../db/store';
import type { StoredOrder } from '../db/types';
import { parseBody } from '../lib/body';
import { listRecords, type ListOptions } from '../lib/listQuery';
import { publicOrder } from '../lib/orderViews';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';
import { findWithinScope, withinScope } from '../lib/scope';
import type { Caller } from '../lib/sessions';

// The public fields only: nobody may filter or sort by the full phone or address.
const listOptions: ListOptions<StoredOrder> = {
  fields: orderSchema.keyof().options,
  searchFields: ['number', 'buyerName'],
};

const brandOf = (order: StoredOrder) => order.brandId;
const findOrder = (caller: Caller, id: string) => findWithinScope(caller, db.orders, id, brandOf, 'order');

/** Newest first unless the caller sorts otherwise. */
function withDefaultSort(params: URLSearchParams): URLSearchParams {
  if (params.has('sort')) return params;
  const sorted = new URLSearchParams(params);
  sorted.set('sort', 'placedAt');
  sorted.set('order', 'DESC');
  return sorted;
}

export const orderHandlers = [
  http.get(
    apiPath('/orders'),
    route('orders', 'list', ({ caller, url }) => {
      const rows = withinScope(caller, db.orders.all(), brandOf);
      const { data, total } = listRecords(rows, withDefaultSort(url.searchParams), listOptions);
      return json({ data: data.map(publicOrder), total });
    }),
  ),
  http.get(
    apiPath('/orders/:id'),
    route('orders', 'show', ({ caller, params }) => json(publicOrder(findOrder(caller, params.id)))),
  ),
  // Revealing is the one change staff make to an order, and the order keeps who looked and when.
  http.post(
    apiPath('/orders/:id/reveal'),
    route('orders', 'edit', async ({ caller, params, request }) => {
      const stored = findOrder(caller, params.id);
      const { field } = await parseBody(request, revealRequestSchema);
      const at = new Date().toISOString();
      db.orders.save({
        ...stored,
        reveals: [...stored.reveals, { field, byId: caller.user.id, byName: caller.user.name, at }],
        version: stored.version + 1,
        updatedAt: at,
      });
      const answer: RevealResponse = {
        field,
        value: field === 'phone' ? stored.buyerPhone : stored.buyerAddress,
      };
      return json(answer);
    }),
  ),
  http.post(apiPath('/orders'), unsupportedRoute('orders', 'create')),
  http.delete(apiPath('/orders/:id'), unsupportedRoute('orders', 'delete')),
];
