import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-admin';
import { LoginPage } from './LoginPage';
import { demoAccounts } from './demoAccounts';
import { fakeAuthProvider, renderInAdmin } from '../test/renderInAdmin';

const signedOut = (login = vi.fn(() => Promise.resolve())) =>
  fakeAuthProvider('brand_admin', { checkAuth: () => Promise.reject(new Error('signed out')), login });

const Where = () => {
  const location = useLocation();
  return <output aria-label="location">{location.pathname + location.search}</output>;
};

describe('LoginPage', () => {
  it('lists every demo account in mock mode and fills the form from one', async () => {
    const user = userEvent.setup();
    renderInAdmin(<LoginPage />, { authProvider: signedOut(), path: '/login' });

    const demo = await screen.findByRole('region', { name: 'Demo accounts' });
    expect(within(demo).getAllByRole('button')).toHaveLength(demoAccounts.length);
    expect(within(demo).getByText('Platform moderator · RED platform')).toBeInTheDocument();

    await user.click(
      within(demo).getByRole('button', { name: 'Fill in the form as marketer@lumiere.example' }),
    );
    expect(screen.getByLabelText(/Email/)).toHaveValue('marketer@lumiere.example');
    expect(screen.getByLabelText(/Password/)).toHaveValue('demo1234');
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveFocus();
  });

  it('signs in and returns to the page the user was on', async () => {
    const user = userEvent.setup();
    const login = vi.fn(() => Promise.resolve());
    renderInAdmin(
      <>
        <LoginPage />
        <Where />
      </>,
      {
        authProvider: signedOut(login),
        path: { pathname: '/login', state: { nextPathname: '/products', nextSearch: '?page=2' } },
      },
    );
    await user.type(await screen.findByLabelText(/Email/), 'admin@lumiere.example');
    await user.type(screen.getByLabelText(/Password/), 'demo1234');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(login).toHaveBeenCalledWith({ email: 'admin@lumiere.example', password: 'demo1234' });
    await waitFor(() => expect(screen.getByLabelText('location')).toHaveTextContent('/products?page=2'));
  });

  it('shows a refused sign-in as a translated message', async () => {
    const user = userEvent.setup();
    const login = vi.fn(() => Promise.reject(new Error('auth.wrong_password')));
    renderInAdmin(<LoginPage />, { authProvider: signedOut(login), path: '/login' });

    await user.click(
      await screen.findByRole('button', { name: 'Fill in the form as admin@kiwivital.example' }),
    );
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText("That password isn't right. Check it and try again.")).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('asks for the missing fields before calling the platform', async () => {
    const user = userEvent.setup();
    const login = vi.fn(() => Promise.resolve());
    renderInAdmin(<LoginPage />, { authProvider: signedOut(login), path: '/login' });

    await user.type(await screen.findByLabelText(/Email/), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByText('Enter a valid email address')).toBeInTheDocument();
    expect(screen.getByText('Required')).toBeInTheDocument();
    expect(login).not.toHaveBeenCalled();
  });

  it('switches to Chinese from the sign-in page', async () => {
    const user = userEvent.setup();
    renderInAdmin(<LoginPage />, { authProvider: signedOut(), path: '/login' });

    await user.click(await screen.findByRole('button', { name: /Language/ }));
    await user.click(screen.getByRole('menuitem', { name: '简体中文' }));

    expect(await screen.findByRole('heading', { name: '登录 RED Console' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '登录' })).toBeInTheDocument();
    expect(screen.getByText('平台审核员 · RED 平台')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
