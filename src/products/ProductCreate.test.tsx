import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testDataProvider } from 'react-admin';
import { renderInAdmin } from '../test/renderInAdmin';
import { ProductCreate } from './ProductCreate';
import { buildProduct } from '../test/builders';

describe('ProductCreate', () => {
  it('sends money as integer fen and optional texts as empty strings', async () => {
    const create = vi.fn(async (_resource: string, params: { data: object }) => ({
      data: buildProduct({ id: 'p9', status: 'draft', ...params.data }),
    }));
    renderInAdmin(<ProductCreate />, {
      dataProvider: testDataProvider({ create: create as never }),
      path: '/products/create',
    });
    expect(await screen.findByText('As shoppers see it on RED, up to 60 characters.')).toBeInTheDocument();
    await userEvent.type(await screen.findByLabelText(/Title/), '桂花乌龙茶');
    await userEvent.click(screen.getByRole('combobox', { name: /Category/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Tea' }));
    await userEvent.type(screen.getByLabelText(/Sale price/), '68');
    await userEvent.type(screen.getByLabelText(/List price/), '88.5');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]?.[1].data).toMatchObject({
      title: '桂花乌龙茶',
      titleEn: '',
      description: '',
      category: 'tea',
      priceFen: 6800,
      listPriceFen: 8850,
      stock: 0,
    });
  });
});
