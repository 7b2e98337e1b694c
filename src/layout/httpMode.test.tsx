import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoginPage } from './LoginPage';
import { UserMenu } from './UserMenu';
import { fakeAuthProvider, renderInAdmin } from '../test/renderInAdmin';

// Against a real platform there are no demo accounts and no demo data to reset.
vi.mock('../config/env', () => ({ env: { apiMode: 'http', apiUrl: 'https://platform.example/api/v1' } }));

describe('against a real platform', () => {
  it('offers no demo accounts on the sign-in page', async () => {
    renderInAdmin(<LoginPage />, {
      authProvider: fakeAuthProvider('brand_admin', {
        checkAuth: () => Promise.reject(new Error('signed out')),
      }),
      path: '/login',
    });
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Demo accounts' })).not.toBeInTheDocument();
  });

  it('offers no demo data reset in the user menu', async () => {
    const user = userEvent.setup();
    renderInAdmin(<UserMenu />, { authProvider: fakeAuthProvider('brand_admin') });
    await user.click(await screen.findByRole('button', { name: 'Profile' }));
    expect(await screen.findByRole('menuitem', { name: 'Logout' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Reset demo data' })).not.toBeInTheDocument();
  });
});
