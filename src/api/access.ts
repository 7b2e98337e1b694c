import type { Role } from './schemas/roles';

/**
 * The one access table. The console asks it through authProvider.canAccess (menu, buttons, routes);
 * the mock platform asks it before every handler and answers 403. Brand scoping (a brand user only
 * ever reaches its own brand's records) is enforced separately by the platform and answers 404.
 */
export const resources = [
  'dashboard',
  'products',
  'team',
  'brands',
  'moderation',
  'claim-dictionary',
  'audit-log',
  'verification-applications',
  'stores',
  'files',
  'product-imports',
  'conversations',
  'orders',
  'after-sales',
  'quick-replies',
  'service-settings',
] as const;
export type ResourceName = (typeof resources)[number];

/** `review` is a moderator's decision on a brand's submission (approve or reject); it never edits it. */
export const actions = ['list', 'show', 'create', 'edit', 'delete', 'review'] as const;
export type Action = (typeof actions)[number];

type Table = Record<Role, Partial<Record<ResourceName, readonly Action[]>>>;

const read = ['list', 'show'] as const;
const write = ['list', 'show', 'create', 'edit'] as const;

export const accessTable: Table = {
  brand_admin: {
    dashboard: ['show'],
    products: write,
    team: write,
    // Brand users reach only their own brand, store and application: lists hold one row.
    brands: ['list', 'show', 'edit'],
    'verification-applications': ['list', 'show', 'edit'],
    stores: ['list', 'show', 'edit'],
    files: ['create'],
    'product-imports': write,
    'claim-dictionary': ['show'],
    // "edit" on a conversation: reply, note, assign, change status, say one is there.
    conversations: ['list', 'show', 'edit'],
    // "edit" on an order: reveal the buyer's phone or address (logged); on after-sales: decide.
    orders: ['list', 'show', 'edit'],
    'after-sales': ['list', 'show', 'edit'],
    'quick-replies': [...write, 'delete'],
    'service-settings': ['list', 'show', 'edit'],
  },
  brand_marketer: {
    dashboard: ['show'],
    products: write,
    brands: ['list', 'show', 'edit'],
    'verification-applications': ['list', 'show', 'edit'],
    stores: ['list', 'show', 'edit'],
    files: ['create'],
    'product-imports': write,
    'claim-dictionary': ['show'],
    // Marketers read the workbench (what buyers ask about), and never see buyers' contact details.
    conversations: read,
    orders: read,
    'after-sales': read,
    'quick-replies': read,
    'service-settings': read,
  },
  cs_agent: {
    dashboard: ['show'],
    products: read,
    brands: ['show'],
    stores: ['show'],
    'claim-dictionary': ['show'],
    conversations: ['list', 'show', 'edit'],
    orders: ['list', 'show', 'edit'],
    'after-sales': ['list', 'show', 'edit'],
    'quick-replies': [...write, 'delete'],
    'service-settings': read,
  },
  moderator: {
    dashboard: ['show'],
    brands: read,
    stores: read,
    // "edit" on the queue is deciding an item; moderators never change a brand's own records.
    moderation: ['list', 'show', 'edit'],
    'verification-applications': ['list', 'show', 'review'],
    'claim-dictionary': write,
    'audit-log': read,
  },
};

export const isResourceName = (value: string): value is ResourceName =>
  (resources as readonly string[]).includes(value);

export function canAccess(role: Role, resource: string, action: string): boolean {
  if (!isResourceName(resource)) return false;
  return (accessTable[role][resource] ?? []).some((allowed) => allowed === action);
}
