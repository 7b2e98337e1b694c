import { http } from 'msw';
import { afterSalesDecisionSchema, afterSalesSchema, type AfterSales } from '../../src/api';
import { needsAdminApproval } from '../../src/domain/service';
import { db } from '../db/store';
import { settleOverdueAfterSales } from '../lib/afterSalesAutoApproval';
import { parseBody } from '../lib/body';
import { listRecords, type ListOptions } from '../lib/listQuery';
import { applyApprovalToOrder } from '../lib/orderRefunds';
import { conflict, problem } from '../lib/problem';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';
import { findWithinScope, withinScope } from '../lib/scope';
import type { Caller } from '../lib/sessions';

const listOptions: ListOptions<AfterSales> = {
  fields: afterSalesSchema.keyof().options,
  searchFields: ['orderNumber', 'buyerName'],
};

const brandOf = (request: AfterSales) => request.brandId;
const findRequest = (caller: Caller, id: string) =>
  findWithinScope(caller, db.afterSales, id, brandOf, 'after-sales request');

const thresholdOf = (brandId: string) => db.serviceSettings.find(brandId)?.approvalThresholdFen ?? 0;

function withDefaultSort(params: URLSearchParams): URLSearchParams {
  if (params.has('sort')) return params;
  const sorted = new URLSearchParams(params);
  sorted.set('sort', 'requestedAt');
  sorted.set('order', 'DESC');
  return sorted;
}

export const afterSalesHandlers = [
  http.get(
    apiPath('/after-sales'),
    route('after-sales', 'list', ({ caller, url }) => {
      settleOverdueAfterSales();
      const rows = withinScope(caller, db.afterSales.all(), brandOf);
      return json(listRecords(rows, withDefaultSort(url.searchParams), listOptions));
    }),
  ),
  http.get(
    apiPath('/after-sales/:id'),
    route('after-sales', 'show', ({ caller, params }) => {
      settleOverdueAfterSales();
      return json(findRequest(caller, params.id));
    }),
  ),
  http.post(
    apiPath('/after-sales/:id/decision'),
    route('after-sales', 'edit', async ({ caller, params, request }) => {
      settleOverdueAfterSales();
      const stored = findRequest(caller, params.id);
      const decision = await parseBody(request, afterSalesDecisionSchema);
      // Decided (by a teammate or, at the deadline, by the platform): the caller sees the outcome.
      if (stored.status !== 'requested')
        throw problem(409, 'afterSales.already_decided', 'This request has already been decided.', {
          current: stored,
        });
      if (decision.version !== stored.version) throw conflict(stored);
      const approving = decision.outcome === 'approve';
      if (
        approving &&
        caller.user.role !== 'brand_admin' &&
        needsAdminApproval(stored.amountFen, thresholdOf(stored.brandId))
      )
        throw problem(403, 'afterSales.needs_admin', 'Approving this amount needs a brand admin.');
      const at = new Date().toISOString();
      const decided = db.afterSales.save({
        ...stored,
        status: approving ? 'approved' : 'rejected',
        decidedAt: at,
        decidedByName: caller.user.name,
        rejectReason: approving ? null : decision.rejectReason,
        rejectNote: approving || !decision.rejectNote ? null : decision.rejectNote,
        version: stored.version + 1,
        updatedAt: at,
      });
      if (approving) applyApprovalToOrder(decided, at);
      return json(decided);
    }),
  ),
  http.post(apiPath('/after-sales'), unsupportedRoute('after-sales', 'create')),
  http.delete(apiPath('/after-sales/:id'), unsupportedRoute('after-sales', 'delete')),
];
