import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError, testDataProvider } from 'react-admin';
import { renderInAdmin } from '../test/renderInAdmin';
import { ProductEdit } from './ProductEdit';
import { buildProduct } from '../test/builders';

const product = buildProduct({ priceFen: 12_900, listPriceFen: 15_900 });

const renderEdit = (update = vi.fn()) =>
  renderInAdmin(<ProductEdit />, {
    dataProvider: testDataProvider({ getOne: async () => ({ data: product }) as never, update }),
    path: '/products/p1',
    route: '/products/:id',
  });

beforeEach(() => localStorage.clear());

describe('ProductEdit', () => {
  it("shows the platform's field error next to the price", async () => {
    const update = vi.fn().mockRejectedValue(
      new HttpError('errors.validation', 422, {
        status: 422,
        title: 'Unprocessable',
        errors: { priceFen: 'products.errors.price_above_list' },
      }),
    );
    renderEdit(update);
    const price = await screen.findByLabelText(/Sale price/);
    await userEvent.clear(price);
    await userEvent.type(price, '139');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(update).toHaveBeenCalled());
    await waitFor(() =>
      expect(screen.getByLabelText(/Sale price/)).toHaveAccessibleDescription(
        "The sale price can't be above the list price.",
      ),
    );
    expect(update.mock.calls[0]?.[1].data).toMatchObject({ priceFen: 13_900, version: 1 });
  });

  it('refuses a sale price above the list price before asking the platform', async () => {
    const update = vi.fn();
    renderEdit(update);
    const price = await screen.findByLabelText(/Sale price/);
    await userEvent.clear(price);
    await userEvent.type(price, '200');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText("The sale price can't be above the list price.")).toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();
  });

  it('refuses a price above ¥100,000', async () => {
    renderEdit();
    const listPrice = await screen.findByLabelText(/List price/);
    await userEvent.clear(listPrice);
    await userEvent.type(listPrice, '100000.01');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText("The price can't be above ¥100,000.")).toBeInTheDocument();
  });
});
