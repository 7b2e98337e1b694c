import type { ResourceName } from '../api';

/** A heading of the side menu and the resources listed under it, in order. */
export interface MenuArea {
  /** Translated as `menu.groups.<group>`. */
  group: string;
  resources: readonly ResourceName[];
  /** The home page link sits in the first area. */
  withDashboard?: boolean;
}

// A new area of the console is one line here plus its `menu.groups.*` messages.
export const menuAreas: readonly MenuArea[] = [
  { group: 'overview', resources: [], withDashboard: true },
  { group: 'catalogue', resources: ['products'] },
  { group: 'organisation', resources: ['team'] },
  { group: 'platform', resources: ['brands'] },
  { group: 'moderation', resources: ['moderation', 'claim-dictionary', 'audit-log'] },
];

export const menuResources: string[] = menuAreas.flatMap((area) => area.resources);
