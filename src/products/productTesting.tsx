// Test helpers of the products area: the real providers against the mock platform. Imported by *.test.tsx only.
// Like src/moderation/testing.tsx, with the products resource defined (Edit/Show buttons need it); areas
// don't share internals, so it lives here until a shared helper moves to src/components/test.
import type { ReactElement } from 'react';
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
} from 'react-admin';
import type { Product } from '../api';
import { authProvider } from '../api/authProvider';
import { dataProvider } from '../api/dataProvider';
import { i18nProvider } from '../i18n';
import { DEMO_PASSWORD } from '../layout/demoAccounts';

export const signInAs = (email: string) => authProvider.login({ email, password: DEMO_PASSWORD });

export const getProduct = async (id: string) => (await dataProvider.getOne<Product>('products', { id })).data;

const definitions = { products: { name: 'products', hasList: true, hasEdit: true, hasShow: true, hasCreate: true } };

/** Renders a product view at `path` (e.g. "/products/prod-lumiere-0004/show") as <Admin> would, in English. */
export function renderProductPage(ui: ReactElement, path: string, route: string) {
  return render(
    <TestMemoryRouter initialEntries={[path]}>
      <AdminContext
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        store={memoryStore({ locale: 'en' })}
        queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      >
        <ResourceDefinitionContextProvider definitions={definitions}>
          <Routes>
            <Route path={route} element={<ResourceContextProvider value="products">{ui}</ResourceContextProvider>} />
            <Route path="*" element={<p>Another page</p>} />
          </Routes>
          <Notification />
        </ResourceDefinitionContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
}
