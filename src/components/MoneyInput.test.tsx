import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, RecordContextProvider } from 'react-admin';
import { MoneyInput } from './MoneyInput';
import { MoneyField } from './MoneyField';
import { renderInAdmin } from '../test/renderInAdmin';

const renderPriceForm = (onSubmit: (values: Record<string, unknown>) => void) =>
  renderInAdmin(
    <Form record={{ id: 'p1', priceFen: 12_990 }} onSubmit={onSubmit}>
      <MoneyInput source="priceFen" />
      <button type="submit">Submit</button>
    </Form>,
    { resource: 'products' },
  );

describe('MoneyInput', () => {
  it('shows the stored fen as yuan', async () => {
    renderPriceForm(vi.fn());
    expect(await screen.findByLabelText('Sale price')).toHaveValue('129.90');
  });

  it('stores what is typed in yuan as integer fen', async () => {
    const onSubmit = vi.fn();
    renderPriceForm(onSubmit);
    const input = await screen.findByLabelText('Sale price');
    await userEvent.clear(input);
    await userEvent.type(input, '88.8');
    expect(input).toHaveValue('88.8');
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ priceFen: 8880 });
  });

  it('refuses a third decimal with a message and keeps what was typed', async () => {
    const onSubmit = vi.fn();
    renderPriceForm(onSubmit);
    const input = await screen.findByLabelText('Sale price');
    await userEvent.clear(input);
    await userEvent.type(input, '1.234');
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('Use at most 2 decimals (1 fen is ¥0.01).')).toBeInTheDocument();
    expect(input).toHaveValue('1.234');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('MoneyField', () => {
  it('formats fen as yuan in the console locale', async () => {
    renderInAdmin(
      <RecordContextProvider value={{ id: 'p1', priceFen: 123_450 }}>
        <MoneyField source="priceFen" />
      </RecordContextProvider>,
      { resource: 'products' },
    );
    expect(await screen.findByText('CN¥1,234.50')).toBeInTheDocument();
  });
});
