// Test helpers for the shell and the dashboard: react-admin's AdminContext with the real i18n, a memory store and
// fakes. Imported by *.test.tsx only.
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import {
  AdminContext,
  ResourceDefinitionContextProvider,
  TestMemoryRouter,
  Notification,
  memoryStore,
  testDataProvider,
  type AuthProvider,
  type DataProvider,
  type ResourceDefinitions,
} from 'react-admin';
import { canAccess, resources, type Role } from '../api';
import { i18nProvider } from '../i18n';
import { darkTheme, lightTheme } from './themes';

export interface RenderInAdminOptions {
  authProvider?: AuthProvider;
  dataProvider?: Partial<DataProvider> & Record<string, unknown>;
  initialEntries?: Array<string | { pathname: string; state?: unknown }>;
  /** Resources registered as <Admin> would, so <Menu.ResourceItem> finds them. */
  definitions?: ResourceDefinitions;
}

export const allDefinitions: ResourceDefinitions = Object.fromEntries(
  resources.filter((name) => name !== 'dashboard').map((name) => [name, { name, hasList: true }]),
);

const identities: Record<Role, { fullName: string; brandId: string | null; brandName: string | null }> = {
  brand_admin: { fullName: 'Chloé Martin', brandId: 'brand-lumiere', brandName: 'Maison Lumière' },
  brand_marketer: { fullName: 'Wang Fang', brandId: 'brand-lumiere', brandName: 'Maison Lumière' },
  cs_agent: { fullName: 'Li Lei', brandId: 'brand-lumiere', brandName: 'Maison Lumière' },
  moderator: { fullName: 'Zhao Min', brandId: null, brandName: null },
};

/** A signed-in user of the given role, answering canAccess from the real access table. */
export const fakeAuthProvider = (role: Role, overrides: Partial<AuthProvider> = {}): AuthProvider => ({
  login: () => Promise.resolve(),
  logout: () => Promise.resolve(),
  checkAuth: () => Promise.resolve(),
  checkError: () => Promise.resolve(),
  getPermissions: () => Promise.resolve(role),
  getIdentity: () =>
    Promise.resolve({ id: `user-${role}`, email: `${role}@example.test`, role, ...identities[role] }),
  canAccess: ({ resource, action }) => Promise.resolve(canAccess(role, resource, action)),
  ...overrides,
});

export function renderInAdmin(ui: ReactNode, options: RenderInAdminOptions = {}) {
  const { authProvider, dataProvider = {}, initialEntries = ['/'], definitions = allDefinitions } = options;
  return render(
    <TestMemoryRouter initialEntries={initialEntries}>
      <AdminContext
        i18nProvider={i18nProvider}
        // Pinning the locale makes react-admin reset the shared i18nProvider to English for every test.
        store={memoryStore({ locale: 'en' })}
        authProvider={authProvider}
        dataProvider={testDataProvider(dataProvider)}
        // No retries: a failing fake answers at once instead of after react-query's back-off.
        queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
        lightTheme={lightTheme}
        darkTheme={darkTheme}
      >
        <ResourceDefinitionContextProvider definitions={definitions}>
          {ui}
          <Notification />
        </ResourceDefinitionContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
}
