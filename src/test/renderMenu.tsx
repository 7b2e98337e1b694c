// The console's side menu as a signed-in user of `role` sees it, and the links it offers. Imported by *.test.tsx only.
import { within } from '@testing-library/react';
import { HasDashboardContextProvider } from 'react-admin';
import type { Role } from '../api';
import { Menu } from '../layout/Menu';
import { fakeAuthProvider, renderInAdmin } from './renderInAdmin';

export const renderMenu = (role: Role) =>
  renderInAdmin(
    <HasDashboardContextProvider value>
      <Menu />
    </HasDashboardContextProvider>,
    { authProvider: fakeAuthProvider(role) },
  );

/** The href of every menu item, in order. */
export const menuLinks = (menu: HTMLElement) =>
  within(menu)
    .getAllByRole('menuitem')
    .map((item) => item.getAttribute('href'));
