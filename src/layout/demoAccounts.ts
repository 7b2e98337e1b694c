import type { Role } from '../api';

/** The seeded accounts of the mock platform, offered on the sign-in page in mock mode only. */
export const DEMO_PASSWORD = 'demo1234';

export interface DemoAccount {
  email: string;
  role: Role;
  /** null for platform staff. */
  brandName: string | null;
}

export const demoAccounts: readonly DemoAccount[] = [
  { email: 'admin@lumiere.example', role: 'brand_admin', brandName: 'Maison Lumière' },
  { email: 'marketer@lumiere.example', role: 'brand_marketer', brandName: 'Maison Lumière' },
  { email: 'agent@lumiere.example', role: 'cs_agent', brandName: 'Maison Lumière' },
  { email: 'admin@kiwivital.example', role: 'brand_admin', brandName: 'Kiwi Vital' },
  { email: 'admin@yunshan.example', role: 'brand_admin', brandName: 'Yunshan Tea' },
  { email: 'admin@nordbloom.example', role: 'brand_admin', brandName: 'Nordic Bloom' },
  { email: 'moderator@red.example', role: 'moderator', brandName: null },
];
