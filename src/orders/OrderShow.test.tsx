import { screen, within } from '@testing-library/react';
import { buildAfterSales, buildOrder, fakeOrdersPlatform } from '../components/orders/ordersTestPlatform';
import { renderInAdmin } from '../test/renderInAdmin';
import { OrderShow } from './OrderShow';

const customsFailed = buildOrder({
  id: 'order-lumiere-0004',
  number: 'RED2611200004',
  customsStatus: 'failed',
  customsFailureReason: '订购人身份证姓名与支付人不一致 / ID name does not match the payer',
  goodsFen: 25_800,
  taxFen: 2_348,
  totalFen: 28_148,
  items: [
    { productId: 'p1', productName: '玫瑰精华水', skuSpec: '100 ml', quantity: 2, unitPriceFen: 12_900 },
  ],
});

const renderOrder = (role: 'cs_agent' | 'brand_marketer' = 'cs_agent') =>
  renderInAdmin(<OrderShow />, {
    role,
    path: '/orders/order-lumiere-0004/show',
    route: '/orders/:id/show',
    dataProvider: fakeOrdersPlatform({
      orders: [customsFailed],
      afterSales: [buildAfterSales({ orderId: 'order-lumiere-0004', orderNumber: 'RED2611200004' })],
    }),
  });

describe('OrderShow', () => {
  it('shows items, amounts in yuan, the customs failure reason and the masked buyer', async () => {
    renderOrder();
    expect(await screen.findByRole('heading', { name: 'RED2611200004' })).toBeInTheDocument();
    const items = screen.getByRole('table', { name: 'Items' });
    expect(within(items).getByText('玫瑰精华水')).toBeInTheDocument();
    expect(within(items).getByText('CN¥258.00')).toBeInTheDocument();
    const amounts = screen.getByRole('region', { name: 'Amounts' });
    expect(within(amounts).getByText('CN¥23.48')).toBeInTheDocument();
    expect(within(amounts).getByText('CN¥281.48')).toBeInTheDocument();
    const customs = screen.getByRole('region', { name: 'Customs' });
    expect(within(customs).getByText('Customs: Failed')).toBeInTheDocument();
    expect(within(customs).getByText(/ID name does not match the payer/)).toBeInTheDocument();
    expect(screen.getByText('138****5678')).toBeInTheDocument();
  });

  it("lists the order's after-sales with their countdown and decision", async () => {
    renderOrder();
    const afterSales = await screen.findByRole('region', { name: 'After-sales' });
    expect(await within(afterSales).findByText('Refund only')).toBeInTheDocument();
    expect(within(afterSales).getByText(/Auto-approves in/)).toBeInTheDocument();
    expect(
      await within(afterSales).findByRole('button', { name: 'Approve request for RED2611200004' }),
    ).toBeInTheDocument();
  });
});
