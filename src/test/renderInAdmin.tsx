// Renders a piece of the console the way <Admin> would: AdminContext with the real English catalogue, a memory
// store, the themes and every resource of src/api/access.ts defined. Imported by *.test.tsx only.
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { Route, Routes } from 'react-router-dom';
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
  type ResourceDefinitions,
} from 'react-admin';
import { isResourceName, resources, type Role } from '../api';
import { i18nProvider } from '../i18n';
import { darkTheme, lightTheme } from '../layout/themes';
import { fakeAuthProvider } from './fakeAuthProvider';

export { fakeAuthProvider, testIdentity } from './fakeAuthProvider';

// The views each <Resource> of App.tsx has, so Edit/Show/Create buttons and menu items appear as in the app.
const views: Record<string, Array<'list' | 'edit' | 'show' | 'create'>> = {
  products: ['list', 'edit', 'show', 'create'],
  team: ['list', 'edit', 'create'],
  brands: ['list', 'show', 'edit'],
  'verification-applications': ['list', 'edit', 'show'],
  stores: ['list', 'edit', 'show'],
  'product-imports': ['list', 'create', 'show'],
  moderation: ['list', 'show'],
  'claim-dictionary': ['list', 'show', 'create'],
  'audit-log': ['list', 'show'],
  conversations: ['list'],
  orders: ['list', 'show'],
  'after-sales': ['list', 'show'],
  'quick-replies': ['list', 'create', 'edit'],
  'service-settings': ['list', 'edit', 'show'],
};

export const allDefinitions: ResourceDefinitions = Object.fromEntries(
  resources
    .filter((name) => name !== 'dashboard')
    .map((name) => {
      const has = views[name] ?? ['list'];
      return [
        name,
        {
          name,
          hasList: has.includes('list'),
          hasEdit: has.includes('edit'),
          hasShow: has.includes('show'),
          hasCreate: has.includes('create'),
        },
      ];
    }),
);

export interface RenderInAdminOptions {
  /** The signed-in user (fake, from the real access table); `brand_admin` unless an authProvider is given. */
  role?: Role;
  authProvider?: AuthProvider;
  /** The methods the test needs; any other call fails. A full DataProvider (e.g. the real one) is used as is. */
  dataProvider?: Partial<DataProvider> & Record<string, unknown>;
  /** The URL the test starts at, e.g. "/products/p1"; by default the resource's list, or "/". */
  path?: string | { pathname: string; state?: unknown };
  /**
   * The resource of the view; by default the first segment of `path` when it names one. With a resource the view
   * is mounted on `route` (e.g. "/products/:id", default the path) and any other URL shows "Another page".
   */
  resource?: string;
  route?: string;
  /** Told every location the app goes to, to assert navigation. */
  onLocation?: (location: { pathname: string }) => void;
}

const resourceOf = (pathname: string): string | undefined => {
  const first = pathname.split('/')[1] ?? '';
  return isResourceName(first) && first !== 'dashboard' ? first : undefined;
};

export function renderInAdmin(ui: ReactNode, options: RenderInAdminOptions = {}) {
  const { role = 'brand_admin', dataProvider = {}, onLocation } = options;
  const path = options.path ?? (options.resource ? `/${options.resource}` : '/');
  const pathname = typeof path === 'string' ? path : path.pathname;
  const resource = options.resource ?? resourceOf(pathname);
  const view = resource ? (
    <Routes>
      <Route
        path={options.route ?? pathname}
        element={<ResourceContextProvider value={resource}>{ui}</ResourceContextProvider>}
      />
      <Route path="*" element={<p>Another page</p>} />
    </Routes>
  ) : (
    ui
  );
  return render(
    <TestMemoryRouter initialEntries={[path]} locationCallback={onLocation}>
      <AdminContext
        i18nProvider={i18nProvider}
        // Pinning the locale makes react-admin reset the shared i18nProvider to English for every test.
        store={memoryStore({ locale: 'en' })}
        authProvider={options.authProvider ?? fakeAuthProvider(role)}
        dataProvider={testDataProvider(dataProvider)}
        // No retries: a failing request answers at once instead of after react-query's back-off.
        queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
        lightTheme={lightTheme}
        darkTheme={darkTheme}
      >
        <ResourceDefinitionContextProvider definitions={allDefinitions}>
          {view}
          <Notification />
        </ResourceDefinitionContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
}
