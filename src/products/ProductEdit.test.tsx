import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError } from 'react-admin';
import type { Product, Store } from '../api';
import { renderInAdmin } from '../test/renderInAdmin';
import { buildCrossBorder, buildProduct, buildSku, buildStore } from '../test/builders';
import { ProductEdit } from './ProductEdit';

const twoSkus = buildProduct({
  skus: [
    buildSku({ id: 'sku-30', spec: '30 ml', priceFen: 8900, listPriceFen: 9900 }),
    buildSku({ id: 'sku-50', spec: '50 ml', priceFen: 12_900, listPriceFen: 15_900 }),
  ],
});

const domestic = buildStore({ tradeModel: 'domestic', storeType: 'official_flagship' });

const renderEdit = ({
  product = twoSkus,
  store = domestic,
  update = vi.fn(),
}: { product?: Product; store?: Store; update?: ReturnType<typeof vi.fn> } = {}) => {
  renderInAdmin(<ProductEdit />, {
    dataProvider: {
      getOne: async (resource: string) => ({ data: resource === 'stores' ? store : product }) as never,
      update: update as never,
    },
    path: '/products/p1',
    route: '/products/:id',
  });
  return { update };
};

const row = (name: string) => screen.findByRole('group', { name });

const retype = async (input: HTMLElement, text: string) => {
  await userEvent.clear(input);
  await userEvent.type(input, text);
};

beforeEach(() => localStorage.clear());

// Each test renders the whole form with the claims engine: slow on a busy machine.
describe('ProductEdit', { timeout: 60_000 }, () => {
  it("keeps the platform's error on the second SKU's sale price, with what was typed", async () => {
    const update = vi.fn().mockRejectedValue(
      new HttpError('errors.validation', 422, {
        status: 422,
        title: 'Unprocessable',
        errors: { 'skus.1.priceFen': 'products.errors.price_too_high' },
      }),
    );
    renderEdit({ update });
    const second = await row('SKU 2: 50 ml');
    await retype(within(second).getByLabelText(/Sale price/), '139');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(update).toHaveBeenCalled());
    const salePrice = within(second).getByLabelText(/Sale price/);
    await waitFor(() => expect(salePrice).toHaveAccessibleDescription("The price can't be above ¥100,000."));
    expect(salePrice).toHaveValue('139');
    expect(within(await row('SKU 1: 30 ml')).getByLabelText(/Sale price/)).not.toHaveAccessibleDescription(
      "The price can't be above ¥100,000.",
    );
  });

  it('sends the SKUs in fen with their ids, and leaves out the derived price and stock', async () => {
    const update = vi.fn(async (_resource: string, params: { data: Partial<Product> }) => ({
      data: { ...twoSkus, ...params.data, version: 2 },
    }));
    renderEdit({ update });
    await retype(within(await row('SKU 2: 50 ml')).getByLabelText(/Sale price/), '139');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(update).toHaveBeenCalled());
    const sent = update.mock.calls[0]?.[1].data;
    expect(sent).toMatchObject({
      version: 1,
      skus: [
        { id: 'sku-30', spec: '30 ml', priceFen: 8900, listPriceFen: 9900 },
        { id: 'sku-50', spec: '50 ml', priceFen: 13_900, listPriceFen: 15_900 },
      ],
      images: [],
      attributes: [],
      crossBorder: null,
    });
    expect(sent).not.toHaveProperty('priceFen');
    expect(sent).not.toHaveProperty('stock');
  });

  it('refuses a sale price above the list price before asking the platform', async () => {
    const { update } = renderEdit();
    await retype(within(await row('SKU 1: 30 ml')).getByLabelText(/Sale price/), '200');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText("The sale price can't be above the list price.")).toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();
  });

  it('refuses a price above ¥100,000', async () => {
    renderEdit();
    await retype(within(await row('SKU 1: 30 ml')).getByLabelText(/List price/), '100000.01');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText("The price can't be above ¥100,000.")).toBeInTheDocument();
  });

  it('has no cross-border fields for a domestic store', async () => {
    renderEdit();
    await row('SKU 1: 30 ml');
    expect(screen.queryByRole('heading', { name: 'Cross-border' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/HS code/)).not.toBeInTheDocument();
  });

  it('asks a cross-border store for the customs fields and shows the buyer price', async () => {
    const { update } = renderEdit({
      store: buildStore({ tradeModel: 'bonded_warehouse' }),
      product: buildProduct({ crossBorder: buildCrossBorder({ priceIncludesTax: false }) }),
    });
    // The section waits for the store; role queries over the whole form are slow, so wait on the label.
    const hsCode = await screen.findByLabelText(/HS code/, {}, { timeout: 5000 });
    expect(screen.getByRole('heading', { name: 'Cross-border' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Buyer price of SKU 1: 100 ml' })).toHaveTextContent(
      'CN¥158.75',
    );

    await retype(hsCode, '3304');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('An HS code has 8 or 10 digits.')).toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();
  });

  it('requires the customs fields when a product of a cross-border store has none yet', async () => {
    const { update } = renderEdit({ store: buildStore({ tradeModel: 'direct_mail' }) });
    await retype(within(await row('SKU 1: 30 ml')).getByLabelText(/Stock/), '5');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByLabelText(/HS code/)).toHaveAccessibleDescription(/Required/), {
      timeout: 5000,
    });
    expect(update).not.toHaveBeenCalled();
  });

  it("says when the store can't be loaded, shows the product's customs fields and offers to try again", async () => {
    let storeAvailable = false;
    renderInAdmin(<ProductEdit />, {
      dataProvider: {
        getOne: async (resource: string) => {
          if (resource !== 'stores')
            return { data: buildProduct({ crossBorder: buildCrossBorder() }) } as never;
          if (!storeAvailable) throw new HttpError('errors.server', 503, {});
          return { data: buildStore() } as never;
        },
      },
      path: '/products/p1',
      route: '/products/:id',
    });
    expect(
      await screen.findByText(
        "Your store couldn't be loaded, so we can't tell whether cross-border fields are needed.",
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/HS code/)).toHaveValue('33049900');
    storeAvailable = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByText(/Your store couldn't be loaded/)).not.toBeInTheDocument());
    expect(screen.getByLabelText(/HS code/)).toHaveValue('33049900');
  });
});
