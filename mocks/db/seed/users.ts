import type { BrandRole, MemberStatus } from '../../../src/api';
import type { PlatformUser } from '../types';
import { daysBeforeBase } from './time';

export const DEMO_PASSWORD = 'demo1234';

type Row = [id: string, email: string, name: string, role: BrandRole, status: MemberStatus, daysAgo: number];

const brandStaff: Record<string, Row[]> = {
  'brand-lumiere': [
    ['user-lumiere-admin', 'admin@lumiere.example', 'Camille Laurent', 'brand_admin', 'active', 400],
    ['user-lumiere-marketer', 'marketer@lumiere.example', '周晓雨', 'brand_marketer', 'active', 380],
    ['user-lumiere-agent', 'agent@lumiere.example', '林佳怡', 'cs_agent', 'active', 350],
    ['user-lumiere-agent2', 'mei.chen@lumiere.example', '陈美', 'cs_agent', 'active', 120],
    ['user-lumiere-invited', 'lea.moreau@lumiere.example', 'Léa Moreau', 'brand_marketer', 'invited', 3],
    [
      'user-lumiere-former',
      'antoine.dubois@lumiere.example',
      'Antoine Dubois',
      'brand_marketer',
      'deactivated',
      390,
    ],
  ],
  'brand-kiwivital': [
    ['user-kiwivital-admin', 'admin@kiwivital.example', 'Aroha Williams', 'brand_admin', 'active', 290],
    ['user-kiwivital-marketer', 'marketer@kiwivital.example', '王思远', 'brand_marketer', 'active', 250],
    ['user-kiwivital-agent', 'agent@kiwivital.example', 'Liam Taylor', 'cs_agent', 'active', 200],
  ],
  'brand-yunshan': [
    ['user-yunshan-admin', 'admin@yunshan.example', '陈云', 'brand_admin', 'active', 190],
    ['user-yunshan-marketer', 'marketer@yunshan.example', '李清', 'brand_marketer', 'active', 150],
    ['user-yunshan-invited', 'zhou.ning@yunshan.example', '周宁', 'cs_agent', 'invited', 5],
  ],
  // A brand that has just signed up: its admin is about to verify the account and set up the store.
  'brand-nordbloom': [
    ['user-nordbloom-admin', 'admin@nordbloom.example', 'Astrid Lindqvist', 'brand_admin', 'active', 2],
  ],
};

const user = (brandId: string | null, [id, email, name, role, status, daysAgo]: Row): PlatformUser => ({
  id,
  version: 1,
  createdAt: daysBeforeBase(daysAgo),
  updatedAt: daysBeforeBase(daysAgo),
  email,
  name,
  role,
  brandId,
  status,
  password: status === 'invited' ? null : DEMO_PASSWORD,
  lastSignInAt: status === 'invited' ? null : daysBeforeBase(Math.min(daysAgo, 2), 90),
});

/** Platform staff: the one moderator, who also made the seeded decisions and dictionary entries. */
export const seedModerator: PlatformUser = {
  ...user(null, ['user-moderator', 'moderator@red.example', '王敏', 'brand_admin', 'active', 500]),
  role: 'moderator',
};

export const seedUsers: PlatformUser[] = [
  ...Object.entries(brandStaff).flatMap(([brandId, rows]) => rows.map((row) => user(brandId, row))),
  seedModerator,
];
