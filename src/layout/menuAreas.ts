import type { ResourceName, Role } from '../api';

/** Who an area is for: brand staff, platform staff, or anyone the access table lets in. */
export type Audience = 'brand' | 'platform';

/** A heading of the side menu and the resources listed under it, in order. */
export interface MenuArea {
  /** Translated as `menu.groups.<group>`. */
  group: string;
  resources: readonly ResourceName[];
  /** The home page link sits in the first area. */
  withDashboard?: boolean;
  audience?: Audience;
  /** Items named otherwise than their resource here, as `menu.items.<key>`. */
  labels?: Partial<Record<ResourceName, string>>;
}

// A new area of the console is one line here plus its `menu.groups.*` messages.
export const menuAreas: readonly MenuArea[] = [
  { group: 'overview', resources: [], withDashboard: true },
  {
    group: 'account',
    // A brand has one of each: the lists take brand users straight to their own record.
    resources: ['brands', 'verification-applications', 'stores'],
    audience: 'brand',
    labels: { brands: 'brand_profile', 'verification-applications': 'verification', stores: 'store' },
  },
  {
    group: 'service',
    resources: ['conversations', 'orders', 'after-sales', 'quick-replies', 'service-settings'],
    audience: 'brand',
    labels: { conversations: 'inbox', 'service-settings': 'service_settings' },
  },
  { group: 'catalogue', resources: ['products', 'product-imports'] },
  { group: 'organisation', resources: ['team'] },
  { group: 'platform', resources: ['brands', 'stores'], audience: 'platform' },
  {
    group: 'moderation',
    resources: ['moderation', 'verification-applications', 'claim-dictionary', 'audit-log'],
    audience: 'platform',
  },
];

export const audienceOf = (role: Role): Audience => (role === 'moderator' ? 'platform' : 'brand');

/** The areas a role's menu is drawn from. */
export const areasFor = (role: Role | undefined) =>
  menuAreas.filter((area) => !area.audience || (role !== undefined && area.audience === audienceOf(role)));

export const menuResources: string[] = [...new Set(menuAreas.flatMap((area) => area.resources))];
