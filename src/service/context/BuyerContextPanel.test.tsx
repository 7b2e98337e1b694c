import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Conversation } from '../../api';
import { buildOrder, fakeOrdersPlatform } from '../../components/orders/ordersTestPlatform';
import { renderInAdmin } from '../../test/renderInAdmin';
import { BuyerContextPanel } from './BuyerContextPanel';

const conversation: Conversation = {
  id: 'conv-lumiere-0002',
  version: 1,
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
  brandId: 'brand-lumiere',
  buyerId: 'buyer-lumiere-0002',
  buyerName: 'Mia 米娅',
  crossBorder: true,
  status: 'open',
  assigneeId: null,
  assigneeName: null,
  snoozedUntil: null,
  unreadCount: 1,
  lastMessageAt: '2026-01-03T08:00:00.000Z',
  lastMessageAuthor: 'buyer',
  lastMessagePreview: '我想退款',
  waitingSince: '2026-01-03T08:00:00.000Z',
  orderIds: ['order-lumiere-0002'],
};

const customsFailed = buildOrder({
  id: 'order-lumiere-0004',
  number: 'RED2611200004',
  customsStatus: 'failed',
  customsFailureReason: '订购人身份证姓名与支付人不一致 / ID name does not match the payer',
  status: 'paid',
  trackingNumber: null,
  tracking: [],
});
const someoneElses = buildOrder({ id: 'order-other', number: 'RED2611209999', buyerId: 'buyer-other' });

const renderPanel = (role: 'cs_agent' | 'brand_marketer') => {
  const platform = fakeOrdersPlatform({ orders: [buildOrder(), customsFailed, someoneElses] });
  renderInAdmin(<BuyerContextPanel conversation={conversation} />, { role, dataProvider: platform });
  return platform;
};

describe('BuyerContextPanel', () => {
  it("shows the buyer's orders with customs failure reason and tracking, and only theirs", async () => {
    renderPanel('cs_agent');
    const failed = await screen.findByRole('article', { name: 'RED2611200004' });
    expect(within(failed).getByText('Customs: Failed')).toBeInTheDocument();
    expect(within(failed).getByText(/ID name does not match the payer/)).toBeInTheDocument();
    expect(within(failed).getByText('Not shipped yet.')).toBeInTheDocument();
    const delivered = screen.getByRole('article', { name: 'RED2611200002' });
    expect(within(delivered).getByText('SF Express SF1234567890')).toBeInTheDocument();
    expect(within(delivered).getByRole('link', { name: 'RED2611200002' })).toHaveAttribute(
      'href',
      '/orders/order-lumiere-0002/show',
    );
    expect(screen.queryByText('RED2611209999')).not.toBeInTheDocument();
  });

  it('approves a refund right there, and the order then shows it', async () => {
    renderPanel('cs_agent');
    const request = await screen.findByRole('article', { name: 'After-sales for RED2611200002' });
    expect(within(request).getByText(/Auto-approves in 3 d 4 h/)).toBeInTheDocument();
    await userEvent.click(
      await within(request).findByRole('button', { name: 'Approve request for RED2611200002' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Approve this request?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));

    const order = screen.getByRole('article', { name: 'RED2611200002' });
    expect(await within(order).findByText('Refunded CN¥129.00')).toBeInTheDocument();
    expect(within(order).getByText('Refunded', { selector: '.MuiChip-label' })).toBeInTheDocument();
    await waitFor(() => expect(within(request).getByText('Approved')).toBeInTheDocument());
    expect(within(request).queryByRole('button', { name: /Approve/ })).not.toBeInTheDocument();
  });

  it('lets marketers read but neither reveal nor decide', async () => {
    renderPanel('brand_marketer');
    await screen.findByRole('article', { name: 'After-sales for RED2611200002' });
    expect(screen.getAllByText('138****5678').length).toBeGreaterThan(0);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /Approve|Reject|Show/ })).not.toBeInTheDocument(),
    );
  });

  it('says when the buyer has no orders or after-sales', async () => {
    renderInAdmin(<BuyerContextPanel conversation={{ ...conversation, buyerId: 'buyer-new' }} />, {
      role: 'cs_agent',
      dataProvider: fakeOrdersPlatform(),
    });
    expect(await screen.findByText('No orders from this buyer.')).toBeInTheDocument();
    expect(screen.getByText('No after-sales requests from this buyer.')).toBeInTheDocument();
  });

  it('offers to retry when the orders cannot be loaded', async () => {
    const platform = fakeOrdersPlatform();
    const getList = vi.fn(platform.getList).mockRejectedValueOnce(new Error('errors.network'));
    renderInAdmin(<BuyerContextPanel conversation={conversation} />, {
      role: 'cs_agent',
      dataProvider: { ...platform, getList: getList as never },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(await screen.findAllByRole('article')).not.toHaveLength(0);
  });
});
