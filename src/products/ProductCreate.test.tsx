import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Store } from '../api';
import { renderInAdmin } from '../test/renderInAdmin';
import { buildProduct, buildStore } from '../test/builders';
import { ProductCreate } from './ProductCreate';

const renderCreate = (store: Store) => {
  const create = vi.fn(async (_resource: string, params: { data: object }) => ({
    data: buildProduct({ id: 'p9', status: 'draft', ...params.data }),
  }));
  renderInAdmin(<ProductCreate />, {
    dataProvider: { create: create as never, getOne: async () => ({ data: store }) as never },
    path: '/products/create',
  });
  return { create };
};

const fillBasics = async () => {
  expect(
    await screen.findByText('As shoppers see it on RED, up to 60 characters.', {}, { timeout: 10_000 }),
  ).toBeInTheDocument();
  await userEvent.type(screen.getByLabelText(/Title/), '桂花乌龙茶');
  await userEvent.click(screen.getByRole('combobox', { name: /Category/ }));
  await userEvent.click(await screen.findByRole('option', { name: 'Tea' }));
  const sku = screen.getByRole('group', { name: 'SKU 1' });
  await userEvent.type(within(sku).getByLabelText(/Specification/), '250 g');
  await userEvent.type(within(sku).getByLabelText(/Sale price/), '68');
  await userEvent.type(within(sku).getByLabelText(/List price/), '88.5');
};

describe('ProductCreate', { timeout: 60_000 }, () => {
  it('sends money as integer fen and optional parts as empty', async () => {
    const { create } = renderCreate(buildStore({ tradeModel: 'domestic', storeType: 'official_flagship' }));
    await fillBasics();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]?.[1].data).toEqual({
      title: '桂花乌龙茶',
      titleEn: '',
      description: '',
      category: 'tea',
      images: [],
      attributes: [],
      skus: [{ spec: '250 g', priceFen: 6800, listPriceFen: 8850, stock: 0, barcode: '' }],
      crossBorder: null,
    });
  });

  it('sends the customs fields of a cross-border store', async () => {
    const { create } = renderCreate(buildStore({ tradeModel: 'bonded_warehouse' }));
    await fillBasics();
    await userEvent.click(screen.getByRole('combobox', { name: /Country of origin/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Japan' }));
    await userEvent.type(screen.getByLabelText(/HS code/), '0902301000');
    await userEvent.click(screen.getByRole('combobox', { name: /Declared unit/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Can' }));
    await userEvent.click(screen.getByRole('combobox', { name: /Tax category/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'General goods' }));
    // Included by default: ¥68 is what the buyer pays, ¥62.33 of it is the goods.
    const breakdown = screen.getByRole('group', { name: 'Buyer price of SKU 1: 250 g' });
    expect(breakdown).toHaveTextContent('CN¥62.33');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]?.[1].data).toMatchObject({
      crossBorder: {
        originCountry: 'JP',
        hsCode: '0902301000',
        declaredUnit: 'can',
        taxCategory: 'general',
        priceIncludesTax: true,
      },
    });
  });
});
