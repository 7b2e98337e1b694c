import { screen } from '@testing-library/react';
import { testDataProvider } from 'react-admin';
import { renderInAdmin } from '../test/renderInAdmin';
import { ProductShow } from './ProductShow';
import { buildProduct } from '../test/builders';

const renderShow = (role: 'brand_admin' | 'cs_agent') =>
  renderInAdmin(<ProductShow />, {
    role,
    dataProvider: testDataProvider({ getOne: async () => ({ data: buildProduct() }) as never }),
    path: '/products/p1/show',
    route: '/products/:id/show',
  });

describe('ProductShow', () => {
  it('shows a customer-service agent the product without an edit button', async () => {
    renderShow('cs_agent');
    expect(await screen.findByText('玫瑰精华水')).toBeInTheDocument();
    expect(screen.getByText('CN¥129.00')).toBeInTheDocument();
    expect(screen.getByText('Skincare')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('offers the edit button to a brand admin', async () => {
    renderShow('brand_admin');
    expect(await screen.findByRole('link', { name: 'Edit' })).toBeInTheDocument();
  });
});
