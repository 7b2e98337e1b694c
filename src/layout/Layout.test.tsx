import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HasDashboardContextProvider } from 'react-admin';
import { Layout } from './Layout';
import { fakeAuthProvider, renderInAdmin } from '../test/renderInAdmin';

const renderLayout = (
  role: Parameters<typeof fakeAuthProvider>[0],
  resetDemoData = vi.fn(() => Promise.resolve()),
) => {
  renderInAdmin(
    <HasDashboardContextProvider value>
      <Layout>
        <p>Page content</p>
      </Layout>
    </HasDashboardContextProvider>,
    { authProvider: fakeAuthProvider(role), dataProvider: { resetDemoData } },
  );
  return { resetDemoData };
};

describe('Layout', () => {
  it('switches the whole shell to Chinese and tags the document', async () => {
    const user = userEvent.setup();
    renderLayout('brand_admin');
    const menu = await screen.findByRole('menu');
    expect(await within(menu).findByRole('menuitem', { name: 'Dashboard' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));

    await user.click(screen.getByRole('button', { name: /Language/ }));
    await user.click(screen.getByRole('menuitem', { name: '简体中文' }));

    expect(await screen.findByRole('menuitem', { name: '工作台' })).toBeInTheDocument();
    expect(screen.getByText('概览')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '切换浅色/深色模式' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('shows who is signed in, with role and brand, in the user menu', async () => {
    const user = userEvent.setup();
    renderLayout('brand_marketer');
    await user.click(await screen.findByRole('button', { name: 'Profile' }));
    expect(await screen.findByText('Wang Fang')).toBeInTheDocument();
    expect(screen.getByText('Brand marketer · Maison Lumière')).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Logout' })).toBeInTheDocument();
  });

  it('names the platform for a moderator, who belongs to no brand', async () => {
    const user = userEvent.setup();
    renderLayout('moderator');
    await user.click(await screen.findByRole('button', { name: 'Profile' }));
    expect(await screen.findByText('Platform moderator · RED platform')).toBeInTheDocument();
  });

  it('resets the demo data after confirmation', async () => {
    const user = userEvent.setup();
    const { resetDemoData } = renderLayout('brand_admin');
    await user.click(await screen.findByRole('button', { name: 'Profile' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Reset demo data' }));

    const dialog = await screen.findByRole('dialog', { name: 'Reset the demo data?' });
    expect(resetDemoData).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Reset' }));

    await waitFor(() => expect(resetDemoData).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('The demo data has been reset.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Reset the demo data?' })).not.toBeInTheDocument(),
    );
  });

  it('leaves the demo data alone when the user cancels', async () => {
    const user = userEvent.setup();
    const { resetDemoData } = renderLayout('brand_admin');
    await user.click(await screen.findByRole('button', { name: 'Profile' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Reset demo data' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(resetDemoData).not.toHaveBeenCalled();
  });
});
