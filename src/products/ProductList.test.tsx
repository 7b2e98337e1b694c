import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testDataProvider, type GetListParams } from 'react-admin';
import { server } from '../../mocks/node';
import { renderInAdmin } from '../test/renderInAdmin';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { ProductList } from './ProductList';
import { buildProduct, buildSku } from '../test/builders';

// The list and its lazy inputs take a moment to render on a busy machine.
configure({ asyncUtilTimeout: 10_000 });

const page = Array.from({ length: 25 }, (_, index) =>
  buildProduct({ id: `p${index + 1}`, title: `商品 ${index + 1}`, titleEn: `Product ${index + 1}` }),
);

const renderList = (
  options: { role?: 'brand_admin' | 'cs_agent'; path?: string; rows?: typeof page; total?: number } = {},
) => {
  const { role = 'brand_admin', path, rows = page, total = 60 } = options;
  const getList = vi.fn(async (_resource: string, _params: GetListParams) => ({ data: rows, total }));
  const locations: string[] = [];
  renderInAdmin(<ProductList />, {
    resource: 'products',
    path,
    route: '/products',
    role,
    dataProvider: testDataProvider({ getList: getList as never }),
    onLocation: (location) => locations.push(location.pathname),
  });
  const lastParams = () => getList.mock.calls.at(-1)?.[1];
  return { getList, lastParams, locations };
};

const addFilter = async (name: string) => {
  await userEvent.click(screen.getByRole('button', { name: 'Add filter' }));
  await userEvent.click(await screen.findByRole('menuitemcheckbox', { name }));
};

describe('ProductList', { timeout: 60_000 }, () => {
  it('asks the platform for the first page, newest first', async () => {
    const { lastParams } = renderList();
    expect(await screen.findByText('商品 1')).toBeInTheDocument();
    expect(lastParams()).toMatchObject({
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'updatedAt', order: 'DESC' },
      filter: {},
    });
  });

  it('sends the search, several statuses, the sort, the page and the page size the user picked', async () => {
    const { lastParams } = renderList();
    await screen.findByText('商品 1');

    await userEvent.type(screen.getByPlaceholderText('Search'), '玫瑰');
    await waitFor(() => expect(lastParams()?.filter).toEqual({ q: '玫瑰' }));

    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Listed' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Delisted' }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(lastParams()?.filter).toEqual({ q: '玫瑰', status: ['listed', 'delisted'] }));

    await userEvent.click(screen.getByRole('button', { name: /sort by sale price/i }));
    await waitFor(() => expect(lastParams()?.sort).toEqual({ field: 'priceFen', order: 'ASC' }));

    await userEvent.click(screen.getByRole('button', { name: 'Go to page 2' }));
    await waitFor(() => expect(lastParams()?.pagination).toEqual({ page: 2, perPage: 25 }));

    await userEvent.click(screen.getByRole('combobox', { name: /rows per page/i }));
    await userEvent.click(await screen.findByRole('option', { name: '100' }));
    await waitFor(() => expect(lastParams()?.pagination).toEqual({ page: 1, perPage: 100 }));
    expect(lastParams()?.filter).toEqual({ q: '玫瑰', status: ['listed', 'delisted'] });
  });

  it('takes a price range in yuan and sends it in fen, and ignores what is not an amount', async () => {
    const { lastParams } = renderList();
    await screen.findByText('商品 1');
    await addFilter('Price from');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Price from' }), '12.5');
    await waitFor(() => expect(lastParams()?.filter).toEqual({ priceGte: 1250 }));

    await addFilter('Price up to');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Price up to' }), '12.345');
    expect(await screen.findByText('Use at most 2 decimals (1 fen is ¥0.01).')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(lastParams()?.filter).toEqual({ priceGte: 1250 });
  });

  it('narrows to out-of-stock or low-stock products, and a stock range', async () => {
    const { lastParams } = renderList();
    await screen.findByText('商品 1');
    await userEvent.click(screen.getByRole('button', { name: 'Stock' }));
    await userEvent.click(await screen.findByRole('menuitemradio', { name: 'Out of stock' }));
    await waitFor(() => expect(lastParams()?.filter).toEqual({ stockLte: 0 }));

    await userEvent.click(screen.getByRole('button', { name: 'Stock' }));
    expect(await screen.findByRole('menuitemradio', { name: 'Out of stock' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await userEvent.click(screen.getByRole('menuitemradio', { name: 'Low stock (9 or fewer)' }));
    await waitFor(() => expect(lastParams()?.filter).toEqual({ stockLte: 9 }));

    await addFilter('Stock at least');
    await userEvent.type(await screen.findByRole('spinbutton', { name: 'Stock at least' }), '3');
    await waitFor(() => expect(lastParams()?.filter).toEqual({ stockLte: 9, stockGte: 3 }));
  });

  it('keeps the filters in the URL, so a reload shows the same products', async () => {
    const filter = encodeURIComponent(JSON.stringify({ status: ['rejected'], priceLte: 50_000 }));
    const { lastParams } = renderList({ path: `/products?filter=${filter}&sort=stock&order=ASC` });
    await screen.findByText('商品 1');
    expect(lastParams()).toMatchObject({
      filter: { status: ['rejected'], priceLte: 50_000 },
      sort: { field: 'stock', order: 'ASC' },
    });
    expect(screen.getByRole('textbox', { name: 'Price up to' })).toHaveValue('500');
    expect(screen.getByRole('button', { name: 'Needs attention' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('still opens a list saved when the status filter held a single value', async () => {
    const filter = encodeURIComponent(JSON.stringify({ status: 'rejected' }));
    const { lastParams } = renderList({ path: `/products?filter=${filter}` });
    await screen.findByText('商品 1');
    expect(lastParams()?.filter).toEqual({ status: 'rejected' });
    expect(screen.getByRole('combobox', { name: /Status/ })).toHaveTextContent('Rejected');
    expect(screen.getByRole('button', { name: 'Needs attention' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('narrows the list to rejected products with "Needs attention", and back', async () => {
    const { lastParams } = renderList();
    await screen.findByText('商品 1');
    await userEvent.click(screen.getByRole('button', { name: 'Needs attention' }));
    await waitFor(() => expect(lastParams()?.filter).toEqual({ status: ['rejected'] }));
    expect(screen.getByRole('button', { name: 'Needs attention' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Needs attention' }));
    await waitFor(() => expect(lastParams()?.filter).toEqual({}));
  });

  it('shows the lowest SKU price ("from" when prices differ), total stock and statuses in words', async () => {
    const rows = [
      buildProduct({
        id: 'p1',
        title: '玫瑰精华水',
        skus: [
          buildSku({ id: 's1', priceFen: 12_900 }),
          buildSku({ id: 's2', spec: '200 ml', priceFen: 19_900 }),
        ],
        priceFen: 12_900,
        stock: 0,
      }),
      buildProduct({ id: 'p2', title: '山茶花面霜', status: 'draft', stock: 5 }),
    ];
    renderList({ rows, total: 2 });
    const first = (await screen.findByText('玫瑰精华水')).closest('tr') as HTMLElement;
    expect(within(first).getByText('from CN¥129.00')).toBeInTheDocument();
    expect(within(first).getByText('Out of stock')).toBeInTheDocument();
    expect(within(first).getByText(/2 SKUs/)).toBeInTheDocument();
    const second = screen.getByText('山茶花面霜').closest('tr') as HTMLElement;
    expect(within(second).getByText('CN¥129.00')).toBeInTheDocument();
    expect(within(second).getByText('5 (low)')).toBeInTheDocument();
    expect(within(second).getByText('Draft')).toBeInTheDocument();
  });

  it('lets a brand admin select rows, create, import and open products for editing', async () => {
    const { locations } = renderList();
    expect(await screen.findByRole('link', { name: 'Create' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Import CSV' })).toHaveAttribute(
      'href',
      '/product-imports/create',
    );
    await userEvent.click(screen.getAllByLabelText('Select this row')[0] as HTMLElement);
    expect(await screen.findByText('1 item selected')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change price' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Select all 60 matching products' })).toBeInTheDocument();
    await userEvent.click(screen.getByText('商品 2'));
    await waitFor(() => expect(locations.at(-1)).toBe('/products/p2'));
  });

  it('gives a customer-service agent no selection, create or import, only the read-only page', async () => {
    const { locations } = renderList({ role: 'cs_agent' });
    await userEvent.click(await screen.findByText('商品 1'));
    await waitFor(() => expect(locations.at(-1)).toBe('/products/p1/show'));
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Import CSV' })).not.toBeInTheDocument();
  });

  it('invites to create or import the first product when the brand has none', async () => {
    renderInAdmin(<ProductList />, {
      resource: 'products',
      dataProvider: testDataProvider({ getList: async () => ({ data: [], total: 0 }) as never }),
    });
    expect(await screen.findByText('No products yet')).toBeInTheDocument();
    expect(screen.getByText(/import many at once from a CSV file/)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Import CSV' })).toBeInTheDocument();
  });

  it('says when the products could not be loaded, and tries again', async () => {
    const getList = vi
      .fn()
      .mockRejectedValueOnce(new Error('errors.server'))
      .mockResolvedValue({ data: page, total: 60 });
    renderInAdmin(<ProductList />, { resource: 'products', dataProvider: testDataProvider({ getList }) });
    expect(await screen.findByText(/The products couldn't be loaded/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('商品 1')).toBeInTheDocument();
  });

  it('shows selectable cards on a phone-sized screen', async () => {
    // jsdom has no media queries: answer every query as matching, as a 375 px wide screen would for "down(sm)".
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: true,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }));
    try {
      renderList();
      expect(await screen.findByText('商品 1')).toBeInTheDocument();
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      expect(screen.getAllByText('CN¥129.00').length).toBeGreaterThan(0);
      await userEvent.click(screen.getByRole('checkbox', { name: 'Select 商品 3' }));
      expect(await screen.findByText('1 item selected')).toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('ProductList on the platform', { timeout: 60_000 }, () => {
  afterEach(() => server.events.removeAllListeners());

  it('pages through 10,000 products and sends every filter in a form the platform takes', async () => {
    const sent: URLSearchParams[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/products')) sent.push(url.searchParams);
    });
    await signIn('admin@yunshan.example');
    renderWithPlatform(<ProductList />, { resource: 'products', route: '/products' });
    expect(await screen.findByText(/^1-25 of 10\d{3}$/, undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(sent[0]?.get('perPage')).toBe('25');

    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Listed' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Draft' }));
    await userEvent.keyboard('{Escape}');
    await addFilter('Price from');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Price from' }), '50');
    await addFilter('Stock at most');
    await userEvent.type(await screen.findByRole('spinbutton', { name: 'Stock at most' }), '500');

    await waitFor(() => {
      const last = sent.at(-1);
      expect(last?.getAll('status')).toEqual(['listed', 'draft']);
      expect(last?.get('priceGte')).toBe('5000');
      expect(last?.get('stockLte')).toBe('500');
    });
    expect(screen.queryByText(/couldn't be loaded/)).not.toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveTextContent(/Listed|Draft/);
  });
});
