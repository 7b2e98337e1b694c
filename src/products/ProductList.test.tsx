import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testDataProvider, type GetListParams } from 'react-admin';
import { renderInAdmin } from '../test/renderInAdmin';
import { ProductList } from './ProductList';
import { buildProduct } from '../test/builders';

const page = Array.from({ length: 25 }, (_, index) =>
  buildProduct({ id: `p${index + 1}`, title: `商品 ${index + 1}`, titleEn: `Product ${index + 1}` }),
);

const renderList = (role: 'brand_admin' | 'cs_agent' = 'brand_admin') => {
  const getList = vi.fn(async (_resource: string, _params: GetListParams) => ({ data: page, total: 60 }));
  const locations: string[] = [];
  renderInAdmin(<ProductList />, {
    resource: 'products',
    role,
    dataProvider: testDataProvider({ getList: getList as never }),
    onLocation: (location) => locations.push(location.pathname),
  });
  const lastParams = () => getList.mock.calls.at(-1)?.[1];
  return { getList, lastParams, locations };
};

describe('ProductList', () => {
  it('asks the platform for the first page, newest first', async () => {
    const { lastParams } = renderList();
    expect(await screen.findByText('商品 1')).toBeInTheDocument();
    expect(screen.getAllByText('Product 1')[0]).toBeInTheDocument();
    expect(lastParams()).toMatchObject({
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'updatedAt', order: 'DESC' },
      filter: {},
    });
  });

  it('sends the search, status, sort and page the user picked', async () => {
    const { lastParams } = renderList();
    await screen.findByText('商品 1');

    await userEvent.type(screen.getByPlaceholderText('Search'), '玫瑰');
    await waitFor(() => expect(lastParams()?.filter).toEqual({ q: '玫瑰' }));

    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Listed' }));
    await waitFor(() => expect(lastParams()?.filter).toEqual({ q: '玫瑰', status: 'listed' }));

    await userEvent.click(screen.getByRole('button', { name: /sort by sale price/i }));
    await waitFor(() => expect(lastParams()?.sort).toEqual({ field: 'priceFen', order: 'ASC' }));

    await userEvent.click(screen.getByRole('button', { name: 'Go to page 2' }));
    await waitFor(() => expect(lastParams()?.pagination).toEqual({ page: 2, perPage: 25 }));
    expect(lastParams()?.filter).toEqual({ q: '玫瑰', status: 'listed' });
  });

  it('narrows the list to rejected products with "Needs attention", and back', async () => {
    const { lastParams } = renderList();
    await screen.findByText('商品 1');
    await userEvent.click(screen.getByRole('button', { name: 'Needs attention' }));
    await waitFor(() => expect(lastParams()?.filter).toEqual({ status: 'rejected' }));
    expect(screen.getByRole('button', { name: 'Needs attention' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Needs attention' }));
    await waitFor(() => expect(lastParams()?.filter).toEqual({}));
  });

  it('shows prices in yuan and statuses as words', async () => {
    renderList();
    const row = (await screen.findByText('商品 1')).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('CN¥129.00')).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText('Listed')).toBeInTheDocument();
  });

  it('lets a brand admin create and open products for editing', async () => {
    const { locations } = renderList('brand_admin');
    expect(await screen.findByRole('link', { name: 'Create' })).toBeInTheDocument();
    await userEvent.click(screen.getByText('商品 1'));
    await waitFor(() => expect(locations.at(-1)).toBe('/products/p1'));
  });

  it('gives a customer-service agent no create or edit, only the read-only page', async () => {
    const { locations } = renderList('cs_agent');
    await userEvent.click(await screen.findByText('商品 1'));
    await waitFor(() => expect(locations.at(-1)).toBe('/products/p1/show'));
    expect(screen.queryByRole('link', { name: 'Create' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('invites to create the first product when the brand has none', async () => {
    renderInAdmin(<ProductList />, {
      resource: 'products',
      dataProvider: testDataProvider({ getList: async () => ({ data: [], total: 0 }) as never }),
    });
    expect(await screen.findByText('No products yet')).toBeInTheDocument();
    expect(screen.getByText('Create your first product; it starts as a draft.')).toBeInTheDocument();
  });

  it('shows a simple list on a phone-sized screen', async () => {
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
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
