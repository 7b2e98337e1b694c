import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeOrdersPlatform } from '../components/orders/ordersTestPlatform';
import { renderInAdmin } from '../test/renderInAdmin';
import { AfterSalesShow } from './AfterSalesShow';

const renderRequest = (role: 'cs_agent' | 'brand_marketer', platform = fakeOrdersPlatform()) =>
  renderInAdmin(<AfterSalesShow />, {
    role,
    path: '/after-sales/as-lumiere-0002/show',
    route: '/after-sales/:id/show',
    dataProvider: platform,
  });

describe('AfterSalesShow', () => {
  it("shows the buyer's reason as text, the amount, the order link and the countdown", async () => {
    renderRequest('cs_agent');
    expect(await screen.findByText('收到的瓶子漏了 / The bottle leaked')).toBeInTheDocument();
    expect(screen.getByText('CN¥129.00')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Order RED2611200002' })).toHaveAttribute(
      'href',
      '/orders/order-lumiere-0002/show',
    );
    expect(screen.getByText('Auto-approves in 3 d 4 h')).toBeInTheDocument();
  });

  it('shows the decision once rejected, with the reason', async () => {
    renderRequest('cs_agent');
    await userEvent.click(await screen.findByRole('button', { name: 'Reject request for RED2611200002' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Reason for rejecting/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Outside the return window' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));

    expect(await screen.findByText(/Rejected by Li Lei/)).toBeInTheDocument();
    expect(screen.getByText(/Outside the return window/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/Auto-approves in/)).not.toBeInTheDocument());
  });

  it('lets marketers read the request but not decide it', async () => {
    renderRequest('brand_marketer');
    expect(await screen.findByText('收到的瓶子漏了 / The bottle leaked')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /Approve|Reject/ })).not.toBeInTheDocument(),
    );
  });
});
