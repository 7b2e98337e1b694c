import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInAdmin } from '../../test/renderInAdmin';
import { BuyerContact } from './BuyerContact';
import { buildOrder, fakeOrdersPlatform } from './ordersTestPlatform';

describe('BuyerContact', () => {
  it('shows the contact masked and reveals the phone only after confirming that it is logged', async () => {
    const platform = fakeOrdersPlatform();
    renderInAdmin(<BuyerContact order={buildOrder()} />, { role: 'cs_agent', dataProvider: platform });

    expect(screen.getByText('138****5678')).toBeInTheDocument();
    expect(screen.getByText('上海市 浦东新区 ****')).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Show Phone' }));

    const dialog = await screen.findByRole('dialog', { name: "Show the buyer's Phone?" });
    expect(within(dialog).getByText(/Revealing is logged/)).toBeInTheDocument();
    expect(platform.command).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Show' }));

    expect(await screen.findByText('13812345678')).toBeInTheDocument();
    expect(platform.command).toHaveBeenCalledWith('orders', 'order-lumiere-0002', 'reveal', {
      field: 'phone',
    });
    expect(screen.queryByRole('button', { name: 'Show Phone' })).not.toBeInTheDocument();
    expect(screen.getByText('上海市 浦东新区 ****')).toBeInTheDocument();
  });

  it('reveals nothing when the agent cancels', async () => {
    const platform = fakeOrdersPlatform();
    renderInAdmin(<BuyerContact order={buildOrder()} />, { role: 'cs_agent', dataProvider: platform });
    await userEvent.click(await screen.findByRole('button', { name: 'Show Address' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(platform.command).not.toHaveBeenCalled();
    expect(screen.getByText('上海市 浦东新区 ****')).toBeInTheDocument();
  });

  it('lists who revealed the details and when', () => {
    const reveals = [
      { field: 'address' as const, byId: 'u1', byName: '林佳怡', at: '2026-01-03T02:00:00.000Z' },
    ];
    renderInAdmin(<BuyerContact order={buildOrder({ reveals })} />, {
      role: 'cs_agent',
      dataProvider: fakeOrdersPlatform(),
    });
    expect(screen.getByText(/林佳怡: Address/)).toBeInTheDocument();
  });

  it('offers marketers no way to reveal', async () => {
    renderInAdmin(<BuyerContact order={buildOrder()} />, {
      role: 'brand_marketer',
      dataProvider: fakeOrdersPlatform(),
    });
    expect(screen.getByText('138****5678')).toBeInTheDocument();
    // canAccess answers asynchronously: give it the chance to (wrongly) show the button.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByRole('button', { name: /Show/ })).not.toBeInTheDocument();
  });
});
