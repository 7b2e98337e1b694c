import type { TeamMember } from '../api';

/** A valid team member for tests; override what the test is about. */
export const buildTeamMember = (overrides: Partial<TeamMember> = {}): TeamMember => ({
  id: 'm2',
  version: 4,
  createdAt: '2025-01-10T08:00:00.000Z',
  updatedAt: '2025-02-10T08:00:00.000Z',
  brandId: 'b1',
  email: 'chen.jing@bloom.test',
  name: 'Chen Jing',
  role: 'brand_marketer',
  status: 'active',
  lastSignInAt: '2025-03-01T09:30:00.000Z',
  ...overrides,
});
