import { screen, within } from '@testing-library/react';
import type { Product, Role } from '../api';
import { renderInAdmin } from '../test/renderInAdmin';
import { buildCrossBorder, buildProduct, buildSku, buildStore } from '../test/builders';
import { ProductShow } from './ProductShow';

const image = (name: string) => ({
  id: `file-${name}`,
  name,
  contentType: 'image/png',
  url: `https://files.example.test/${name}`,
});

const renderShow = (role: Role, product: Product = buildProduct()) =>
  renderInAdmin(<ProductShow />, {
    role,
    dataProvider: {
      getOne: async (resource: string) => ({ data: resource === 'stores' ? buildStore() : product }) as never,
    },
    path: '/products/p1/show',
    route: '/products/:id/show',
  });

describe('ProductShow', () => {
  it('shows a customer-service agent the product without an edit button', async () => {
    renderShow('cs_agent');
    expect(await screen.findByText('玫瑰精华水')).toBeInTheDocument();
    expect(screen.getByText('Skincare')).toBeInTheDocument();
    const skus = screen.getByRole('table', { name: 'SKUs of 玫瑰精华水' });
    expect(within(skus).getByRole('rowheader', { name: '100 ml' })).toBeInTheDocument();
    expect(within(skus).getByText('CN¥129.00')).toBeInTheDocument();
    expect(within(skus).getByText('CN¥159.00')).toBeInTheDocument();
    expect(screen.getByText('No images')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('offers the edit button to a brand admin', async () => {
    renderShow('brand_admin');
    expect(await screen.findByRole('link', { name: 'Edit' })).toBeInTheDocument();
  });

  it('shows the gallery with the cover first, every SKU and the attributes as plain text', async () => {
    renderShow(
      'cs_agent',
      buildProduct({
        images: [image('front.png'), image('side.png')],
        skus: [
          buildSku({ id: 's1', spec: '30 ml', priceFen: 8900, listPriceFen: 9900, stock: 1200 }),
          buildSku({
            id: 's2',
            spec: '50 ml',
            priceFen: 12_900,
            listPriceFen: 15_900,
            barcode: '3700000000017',
          }),
        ],
        attributes: [{ name: 'Skin type', value: '<b>all</b>' }],
      }),
    );
    expect(await screen.findByRole('img', { name: 'Cover image: front.png' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Image 2 of 2: side.png' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'SKUs of 玫瑰精华水' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/30 mlCN¥89\.00CN¥99\.001,200—/);
    expect(rows[2]).toHaveTextContent(/50 mlCN¥129\.00CN¥159\.00423700000000017/);
    expect(screen.getByText('<b>all</b>')).toBeInTheDocument();
    // A domestic product has no cross-border part.
    expect(screen.queryByText('What a buyer pays for one')).not.toBeInTheDocument();
  });

  it('shows the cross-border details and what a buyer pays for each SKU', async () => {
    renderShow(
      'cs_agent',
      buildProduct({
        crossBorder: buildCrossBorder({ taxCategory: 'high_end_cosmetics', priceIncludesTax: false }),
        skus: [
          buildSku({ id: 's1', spec: '30 ml', priceFen: 10_000, listPriceFen: 12_000 }),
          buildSku({ id: 's2', spec: 'Coffret', priceFen: 600_000, listPriceFen: 600_000 }),
        ],
      }),
    );
    expect(await screen.findByText('33049900')).toBeInTheDocument();
    expect(screen.getByText('France')).toBeInTheDocument();
    expect(screen.getByText('High-end cosmetics')).toBeInTheDocument();
    expect(screen.getByText('Import tax added at checkout')).toBeInTheDocument();

    const small = screen.getByRole('group', { name: 'Buyer price of 30 ml' });
    expect(within(small).getByText('CN¥123.06')).toBeInTheDocument();
    const coffret = screen.getByRole('group', { name: 'Buyer price of Coffret' });
    expect(within(coffret).getByText(/buyers can order only one at a time/)).toBeInTheDocument();
  });
});
