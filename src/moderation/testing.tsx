// Test helpers of the moderation area: the real providers against the mock platform. Imported by *.test.tsx only.
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
import { authProvider } from '../api/authProvider';
import { dataProvider } from '../api/dataProvider';
import { i18nProvider } from '../i18n';
import { DEMO_PASSWORD } from '../layout/demoAccounts';

export const signIn = (email = 'moderator@red.example') => authProvider.login({ email, password: DEMO_PASSWORD });

const definitions = Object.fromEntries(
  ['moderation', 'claim-dictionary', 'audit-log', 'brands'].map((name) => [
    name,
    { name, hasList: true, hasShow: true, hasCreate: name === 'claim-dictionary', hasEdit: false },
  ]),
);

export interface RenderOptions {
  resource: string;
  /** The URL the test starts at, e.g. "/moderation/mod-0001". */
  path?: string;
  /** The route the view is mounted on, e.g. "/moderation/:id". */
  route?: string;
  onLocation?: (location: { pathname: string }) => void;
}

/** Renders a view as <Admin> would, with the real data, auth and i18n providers (English). */
export function renderWithPlatform(ui: ReactElement, { resource, path = `/${resource}`, route, onLocation }: RenderOptions) {
  return render(
    <TestMemoryRouter initialEntries={[path]} locationCallback={onLocation}>
      <AdminContext
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        store={memoryStore({ locale: 'en' })}
        queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      >
        <ResourceDefinitionContextProvider definitions={definitions}>
          <Routes>
            <Route path={route ?? path} element={<ResourceContextProvider value={resource}>{ui}</ResourceContextProvider>} />
            <Route path="*" element={<p>Another page</p>} />
          </Routes>
          <Notification />
        </ResourceDefinitionContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
}
