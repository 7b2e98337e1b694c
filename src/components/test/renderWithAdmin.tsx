import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import {
  AdminContext,
  Notification,
  ResourceContextProvider,
  ResourceDefinitionContextProvider,
  TestMemoryRouter,
  memoryStore,
  testDataProvider,
  type AuthProvider,
  type DataProvider,
} from 'react-admin';
import { canAccess, type Role } from '../../api';
import { testMessages } from './testMessages';

export const testUser = { id: 'u1', fullName: 'Lin Wei', email: 'lin@bloom.test', brandId: 'b1', brandName: 'Bloom' };

/** Signs in as `role` and answers canAccess from the real access table. */
export const fakeAuthProvider = (role: Role): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ ...testUser, role }),
  getPermissions: async () => role,
  canAccess: async ({ resource, action }) => canAccess(role, resource, action),
});

const definitions = Object.fromEntries(
  ['products', 'team', 'brands'].map((name) => [
    name,
    { name, hasList: true, hasEdit: true, hasShow: true, hasCreate: true },
  ]),
);

export interface RenderWithAdminOptions {
  dataProvider?: DataProvider;
  /** Defaults to a signed-in `role` that never signs out. */
  authProvider?: AuthProvider;
  role?: Role;
  resource?: string;
  /** The URL the test starts at, e.g. "/products/p1". */
  path?: string;
  /** The route pattern the view is mounted on, e.g. "/products/:id". */
  route?: string;
  /** Told every location the app goes to, to assert navigation. */
  onLocation?: (location: { pathname: string }) => void;
}

/** Renders a view the way <Admin> would: real i18n, memory store, a fake dataProvider, a signed-in role. */
export function renderWithAdmin(ui: ReactElement, options: RenderWithAdminOptions = {}) {
  const { dataProvider = testDataProvider(), role = 'brand_admin', resource = 'products', path = `/${resource}` } = options;
  const route = options.route ?? path;
  const i18nProvider = polyglotI18nProvider(() => testMessages, 'en', { allowMissing: true });
  return render(
    <TestMemoryRouter initialEntries={[path]} locationCallback={options.onLocation}>
      <AdminContext
        dataProvider={dataProvider}
        authProvider={options.authProvider ?? fakeAuthProvider(role)}
        i18nProvider={i18nProvider}
        store={memoryStore()}
      >
        <ResourceDefinitionContextProvider definitions={definitions}>
          <Routes>
            <Route path={route} element={<ResourceContextProvider value={resource}>{ui}</ResourceContextProvider>} />
            <Route path="*" element={<p>Another page</p>} />
          </Routes>
          <Notification />
        </ResourceDefinitionContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
}
