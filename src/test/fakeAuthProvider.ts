// A signed-in user of each role without the mock platform, for tests that bring their own dataProvider.
import type { AuthProvider, UserIdentity } from 'react-admin';
import { canAccess, type Role } from '../api';

const people: Record<Role, { fullName: string; brandId: string | null; brandName: string | null }> = {
  brand_admin: { fullName: 'Chloé Martin', brandId: 'brand-lumiere', brandName: 'Maison Lumière' },
  brand_marketer: { fullName: 'Wang Fang', brandId: 'brand-lumiere', brandName: 'Maison Lumière' },
  cs_agent: { fullName: 'Li Lei', brandId: 'brand-lumiere', brandName: 'Maison Lumière' },
  moderator: { fullName: 'Zhao Min', brandId: null, brandName: null },
};

/** Who `fakeAuthProvider(role)` says is signed in. */
export const testIdentity = (role: Role) =>
  ({ id: `user-${role}`, email: `${role}@example.test`, role, ...people[role] }) satisfies UserIdentity;

/** A signed-in user of the given role, answering canAccess from the real access table. */
export const fakeAuthProvider = (role: Role, overrides: Partial<AuthProvider> = {}): AuthProvider => ({
  login: () => Promise.resolve(),
  logout: () => Promise.resolve(),
  checkAuth: () => Promise.resolve(),
  checkError: () => Promise.resolve(),
  getPermissions: () => Promise.resolve(role),
  getIdentity: () => Promise.resolve(testIdentity(role)),
  canAccess: ({ resource, action }) => Promise.resolve(canAccess(role, resource, action)),
  ...overrides,
});
