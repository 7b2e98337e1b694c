import { http } from 'msw';
import { productStatusSchema, type Dashboard, type ProductStatus } from '../../src/api';
import { db } from '../db/store';
import { settleImports } from '../lib/importJobs';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';
import { withinScope } from '../lib/scope';
import type { Caller } from '../lib/sessions';

const LOW_STOCK_BELOW = 10;

const countBy = <T>(rows: readonly T[], keyOf: (row: T) => string, keys: readonly string[] = []) => {
  const counts: Record<string, number> = Object.fromEntries(keys.map((key) => [key, 0]));
  for (const row of rows) counts[keyOf(row)] = (counts[keyOf(row)] ?? 0) + 1;
  return counts;
};

function productFigures(caller: Caller): Dashboard['products'] {
  const products = withinScope(caller, db.products.all(), (product) => product.brandId);
  return {
    total: products.length,
    // Every status is present, at 0 when none: fromEntries cannot know that, hence the assertion.
    byStatus: countBy(products, (product) => product.status, productStatusSchema.options) as Record<
      ProductStatus,
      number
    >,
    lowStock: products.filter((product) => product.stock < LOW_STOCK_BELOW).length,
    // Each SKU at its own price: the product's price is only its cheapest SKU's.
    stockValueFen: products.reduce(
      (sum, product) => sum + product.skus.reduce((value, sku) => value + sku.priceFen * sku.stock, 0),
      0,
    ),
  };
}

function teamFigures(caller: Caller): Dashboard['team'] {
  const members = db.users
    .all()
    .filter((user) => user.brandId !== null && user.brandId === caller.user.brandId);
  const count = (status: string) => members.filter((member) => member.status === status).length;
  return { active: count('active'), invited: count('invited'), deactivated: count('deactivated') };
}

function moderationFigures(): Dashboard['moderation'] {
  const pending = db.moderationItems.all().filter((item) => item.status === 'pending');
  const oldest = Math.min(...pending.map((item) => Date.parse(item.createdAt)));
  return {
    pending: pending.length,
    // Whole hours waited; an empty queue has no oldest (Math.min of nothing is Infinity).
    oldestPendingHours:
      pending.length === 0 ? null : Math.max(0, Math.floor((Date.now() - oldest) / 3_600_000)),
  };
}

/** Each role sees the figures of what the access table lets it read; nothing is a constant. */
function dashboardFor(caller: Caller): Dashboard {
  const { role } = caller.user;
  if (role === 'moderator') {
    // The trade model is the store's; a store that has not chosen one yet is not counted under any.
    const tradeModels = db.stores.all().flatMap((store) => (store.tradeModel ? [store.tradeModel] : []));
    return {
      brands: { total: db.brands.all().length, byTradeModel: countBy(tradeModels, (model) => model) },
      moderation: moderationFigures(),
    };
  }
  // An import that finished since the last call counts already.
  settleImports(caller);
  return {
    products: productFigures(caller),
    ...(role === 'brand_admin' ? { team: teamFigures(caller) } : {}),
  };
}

export const dashboardHandlers = [
  http.get(
    apiPath('/dashboard'),
    route('dashboard', 'show', ({ caller }) => json(dashboardFor(caller))),
  ),
  http.post(apiPath('/dashboard'), unsupportedRoute('dashboard', 'create')),
  http.patch(apiPath('/dashboard'), unsupportedRoute('dashboard', 'edit')),
  http.delete(apiPath('/dashboard'), unsupportedRoute('dashboard', 'delete')),
];
