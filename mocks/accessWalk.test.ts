// @vitest-environment node
import {
  accessTable,
  actions,
  canAccess,
  resources,
  roles,
  type Action,
  type ResourceName,
  type Role,
} from '../src/api';
import { db } from './db/store';
import { resetPlatform } from './node';
import { call, demoAccounts, signIn } from './testing/client';
import { csvOf, skincareRow, storedImportJob } from './testing/productCsv';

/**
 * Walks the whole access table against the running platform: every role × resource × action.
 * The cases come from `resources`, `actions` and `canAccess`, so changing the table changes the test.
 *
 * Endpoints that do not exist for a resource (DELETE anywhere, POST/PATCH /brands, POST/PATCH
 * /dashboard, POST /moderation) are still routed: the platform answers 403 when the table refuses,
 * and 405 when the table would allow it, which fails this walk until someone builds the endpoint.
 * The audit log is append-only: its writes answer 405 to whoever may read it, 403 to the rest.
 * Dashboard `list` has no URL at all (GET /dashboard is `show`), so the table must never grant it.
 */
interface Endpoint {
  method: string;
  path: string;
  body?: unknown;
  /** What a refused role gets, when not 403: the audit log tells its readers a write does not exist (405). */
  refusedWith?: (role: Role) => number;
}

const versionOf = (record: { version: number } | undefined) => record?.version ?? -1;
const pendingItem = () => db.moderationItems.findBy((item) => item.status === 'pending');
const auditReaders = (role: Role) => (canAccess(role, 'audit-log', 'show') ? 405 : 403);
const lumiereCustoms = {
  originCountry: 'FR',
  hsCode: '3304990099',
  declaredUnit: 'bottle',
  taxCategory: 'general',
  priceIncludesTax: true,
};
const lumiereImport = () => storedImportJob('brand-lumiere', csvOf([skincareRow()]));

// Records of the Lumière brand, which every brand account below belongs to.
const endpoints: Record<ResourceName, Partial<Record<Action, () => Endpoint>>> = {
  dashboard: {
    show: () => ({ method: 'GET', path: '/dashboard' }),
    create: () => ({ method: 'POST', path: '/dashboard', body: {} }),
    edit: () => ({ method: 'PATCH', path: '/dashboard', body: {} }),
    delete: () => ({ method: 'DELETE', path: '/dashboard' }),
  },
  products: {
    list: () => ({ method: 'GET', path: '/products' }),
    show: () => ({ method: 'GET', path: '/products/prod-lumiere-0001' }),
    create: () => ({
      method: 'POST',
      path: '/products',
      body: {
        title: '山茶花护手霜',
        category: 'skincare',
        skus: [{ spec: '50 ml', priceFen: 8800, listPriceFen: 9900, stock: 12, barcode: '' }],
        crossBorder: lumiereCustoms,
      },
    }),
    edit: () => ({
      method: 'PATCH',
      path: '/products/prod-lumiere-0001',
      body: { version: versionOf(db.products.find('prod-lumiere-0001')), stock: 42 },
    }),
    delete: () => ({ method: 'DELETE', path: '/products/prod-lumiere-0001' }),
  },
  team: {
    list: () => ({ method: 'GET', path: '/team' }),
    show: () => ({ method: 'GET', path: '/team/user-lumiere-agent2' }),
    create: () => ({
      method: 'POST',
      path: '/team',
      body: { email: 'walk@lumiere.example', name: 'Walk', role: 'cs_agent' },
    }),
    edit: () => ({
      method: 'PATCH',
      path: '/team/user-lumiere-agent2',
      body: { version: versionOf(db.users.find('user-lumiere-agent2')), name: '陈美美' },
    }),
    delete: () => ({ method: 'DELETE', path: '/team/user-lumiere-agent2' }),
  },
  brands: {
    list: () => ({ method: 'GET', path: '/brands' }),
    show: () => ({ method: 'GET', path: '/brands/brand-lumiere' }),
    create: () => ({ method: 'POST', path: '/brands', body: { name: '新品牌' } }),
    edit: () => ({
      method: 'PATCH',
      path: '/brands/brand-lumiere',
      body: { version: versionOf(db.brands.find('brand-lumiere')), intro: '…' },
    }),
    delete: () => ({ method: 'DELETE', path: '/brands/brand-lumiere' }),
  },
  'verification-applications': {
    list: () => ({ method: 'GET', path: '/verification-applications' }),
    show: () => ({ method: 'GET', path: '/verification-applications/brand-lumiere' }),
    create: () => ({ method: 'POST', path: '/verification-applications', body: {} }),
    // Lumière's application is approved, hence locked: reopened (rejected) for the brand to edit…
    edit: () => {
      const application = db.verificationApplications.find('brand-lumiere');
      if (application) db.verificationApplications.save({ ...application, status: 'rejected' });
      return {
        method: 'PATCH',
        path: '/verification-applications/brand-lumiere',
        body: { version: versionOf(application), companyName: 'Maison Lumière SA' },
      };
    },
    // …and put up for a decision (submitted) for the moderator to review.
    review: () => {
      const application = db.verificationApplications.find('brand-lumiere');
      if (application) db.verificationApplications.save({ ...application, status: 'submitted' });
      return {
        method: 'POST',
        path: '/verification-applications/brand-lumiere/decision',
        body: { version: versionOf(application), outcome: 'approve' },
      };
    },
    delete: () => ({ method: 'DELETE', path: '/verification-applications/brand-lumiere' }),
  },
  stores: {
    list: () => ({ method: 'GET', path: '/stores' }),
    show: () => ({ method: 'GET', path: '/stores/brand-lumiere' }),
    create: () => ({ method: 'POST', path: '/stores', body: {} }),
    edit: () => ({
      method: 'PATCH',
      path: '/stores/brand-lumiere',
      body: { version: versionOf(db.stores.find('brand-lumiere')), serviceHoursEnd: '22:00' },
    }),
    delete: () => ({ method: 'DELETE', path: '/stores/brand-lumiere' }),
  },
  files: {
    list: () => ({ method: 'GET', path: '/files' }),
    show: () => ({ method: 'GET', path: '/files/file-lumiere-logo' }),
    create: () => {
      const body = new FormData();
      body.append('purpose', 'document');
      body.append('file', new File(['%PDF-1.7\n'], 'licence.pdf', { type: 'application/pdf' }));
      return { method: 'POST', path: '/files', body };
    },
    edit: () => ({ method: 'PATCH', path: '/files/file-lumiere-logo', body: {} }),
    delete: () => ({ method: 'DELETE', path: '/files/file-lumiere-logo' }),
  },
  'product-imports': {
    list: () => ({ method: 'GET', path: '/product-imports' }),
    show: () => ({ method: 'GET', path: `/product-imports/${lumiereImport().id}` }),
    create: () => {
      const body = new FormData();
      body.append('file', new File([csvOf([skincareRow()])], 'products.csv', { type: 'text/csv' }));
      return { method: 'POST', path: '/product-imports', body };
    },
    edit: () => {
      const job = lumiereImport();
      return { method: 'POST', path: `/product-imports/${job.id}/cancel`, body: { version: job.version } };
    },
    delete: () => ({ method: 'DELETE', path: `/product-imports/${lumiereImport().id}` }),
  },
  moderation: {
    list: () => ({ method: 'GET', path: '/moderation' }),
    show: () => ({ method: 'GET', path: `/moderation/${pendingItem()?.id}` }),
    create: () => ({ method: 'POST', path: '/moderation', body: {} }),
    edit: () => ({
      method: 'POST',
      path: `/moderation/${pendingItem()?.id}/decision`,
      body: { version: versionOf(pendingItem()), outcome: 'approve' },
    }),
    delete: () => ({ method: 'DELETE', path: `/moderation/${pendingItem()?.id}` }),
  },
  'claim-dictionary': {
    list: () => ({ method: 'GET', path: '/claim-dictionary/entries' }),
    show: () => ({ method: 'GET', path: '/claim-dictionary' }),
    create: () => ({
      method: 'POST',
      path: '/claim-dictionary/entries',
      body: { kind: 'term', text: '秒杀全网', note: 'walk' },
    }),
    edit: () => ({
      method: 'PATCH',
      path: '/claim-dictionary/entries/dict-0002',
      body: { version: versionOf(db.dictionaryEntries.find('dict-0002')), enabled: false, note: 'walk' },
    }),
    delete: () => ({ method: 'DELETE', path: '/claim-dictionary/entries/dict-0002' }),
  },
  'audit-log': {
    list: () => ({ method: 'GET', path: '/audit-log' }),
    show: () => ({ method: 'GET', path: '/audit-log/audit-000001' }),
    create: () => ({ method: 'POST', path: '/audit-log', body: {}, refusedWith: auditReaders }),
    edit: () => ({ method: 'PATCH', path: '/audit-log/audit-000001', body: {}, refusedWith: auditReaders }),
    delete: () => ({ method: 'DELETE', path: '/audit-log/audit-000001', refusedWith: auditReaders }),
  },
  // "edit" on a conversation covers reply, note, assign, status and presence; marking it read is one.
  conversations: {
    list: () => ({ method: 'GET', path: '/conversations' }),
    show: () => ({ method: 'GET', path: '/conversations/conv-lumiere-0001' }),
    create: () => ({ method: 'POST', path: '/conversations', body: {} }),
    edit: () => ({ method: 'POST', path: '/conversations/conv-lumiere-0001/read', body: {} }),
    delete: () => ({ method: 'DELETE', path: '/conversations/conv-lumiere-0001' }),
  },
  // "edit" on an order is revealing the buyer's phone or address (logged on the order).
  orders: {
    list: () => ({ method: 'GET', path: '/orders' }),
    show: () => ({ method: 'GET', path: '/orders/order-lumiere-0001' }),
    create: () => ({ method: 'POST', path: '/orders', body: {} }),
    edit: () => ({ method: 'POST', path: '/orders/order-lumiere-0001/reveal', body: { field: 'phone' } }),
    delete: () => ({ method: 'DELETE', path: '/orders/order-lumiere-0001' }),
  },
  // "edit" on after-sales is deciding; Mia's refund is below the threshold, so any agent may approve it.
  'after-sales': {
    list: () => ({ method: 'GET', path: '/after-sales' }),
    show: () => ({ method: 'GET', path: '/after-sales/as-lumiere-0002' }),
    create: () => ({ method: 'POST', path: '/after-sales', body: {} }),
    edit: () => ({
      method: 'POST',
      path: '/after-sales/as-lumiere-0002/decision',
      body: { version: versionOf(db.afterSales.find('as-lumiere-0002')), outcome: 'approve' },
    }),
    delete: () => ({ method: 'DELETE', path: '/after-sales/as-lumiere-0002' }),
  },
  'quick-replies': {
    list: () => ({ method: 'GET', path: '/quick-replies' }),
    show: () => ({ method: 'GET', path: '/quick-replies/qr-lumiere-01' }),
    create: () => ({
      method: 'POST',
      path: '/quick-replies',
      body: { title: '退款进度 / Refund status', body: '您好 {buyerName}，退款已提交，请留意通知。' },
    }),
    edit: () => ({
      method: 'PATCH',
      path: '/quick-replies/qr-lumiere-01',
      body: {
        version: versionOf(db.quickReplies.find('qr-lumiere-01')),
        title: '发货通知',
        body: '您好 {buyerName}，订单 {orderNumber} 已发货。',
      },
    }),
    delete: () => ({ method: 'DELETE', path: '/quick-replies/qr-lumiere-02' }),
  },
  // One row per brand, whose list is the caller's own row: reading it is "show", and "list" has no URL.
  'service-settings': {
    list: () => ({ method: 'GET', path: '/service-settings' }),
    show: () => ({ method: 'GET', path: '/service-settings/brand-lumiere' }),
    create: () => ({ method: 'POST', path: '/service-settings', body: {} }),
    edit: () => ({
      method: 'PATCH',
      path: '/service-settings/brand-lumiere',
      body: { version: versionOf(db.serviceSettings.find('brand-lumiere')), approvalThresholdFen: 60_000 },
    }),
    delete: () => ({ method: 'DELETE', path: '/service-settings/brand-lumiere' }),
  },
};

const cases = roles.flatMap((role) =>
  resources.flatMap((resource) =>
    actions.map((action) => ({ role, resource, action, allowed: canAccess(role, resource, action) })),
  ),
);

beforeEach(() => resetPlatform());

describe('the access table, walked against the platform', () => {
  it('covers every role, resource and action', () => {
    expect(cases).toHaveLength(roles.length * resources.length * actions.length);
    expect(Object.keys(accessTable).sort()).toEqual([...roles].sort());
  });

  it.each(cases)(
    '$role $action $resource → allowed: $allowed',
    async ({ role, resource, action, allowed }) => {
      const endpoint = endpoints[resource][action];
      if (!endpoint) {
        expect(allowed, `the table grants ${action} on ${resource}, which has no endpoint`).toBe(false);
        return;
      }
      const token = await signIn(demoAccounts[role]);
      const { method, path, body, refusedWith } = endpoint();
      const response = await call(path, { token, method, body });
      const refused = refusedWith?.(role) ?? 403;
      expect(response.ok ? 'success' : response.status, `${method} ${path}`).toBe(
        allowed ? 'success' : refused,
      );
    },
  );
});
