import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SimpleForm } from 'react-admin';
import type { CrossBorder, Sku } from '../api';
import { renderInAdmin } from '../test/renderInAdmin';
import { buildCrossBorder, buildSku } from '../test/builders';
import { SkuEditor } from './SkuEditor';

interface FormValues {
  skus: Array<Partial<Sku>>;
  crossBorder?: CrossBorder | null;
}

const renderEditor = (values: FormValues, crossBorder = true) => {
  const onSubmit = vi.fn();
  renderInAdmin(
    <SimpleForm defaultValues={values} onSubmit={onSubmit}>
      <SkuEditor crossBorder={crossBorder} />
    </SimpleForm>,
    { path: '/products/create' },
  );
  return { onSubmit };
};

const sku = (name: RegExp | string) => screen.getByRole('group', { name });
const breakdownOf = (name: RegExp | string) => screen.getByRole('group', { name });

/** The amount shown next to a line of the breakdown (a definition list). */
const amount = (breakdown: HTMLElement, line: string) =>
  within(breakdown).getByText(line, { selector: 'dt' }).nextElementSibling?.textContent;

const typePrice = async (row: HTMLElement, label: RegExp, yuan: string) => {
  const input = within(row).getByLabelText(label);
  await userEvent.clear(input);
  await userEvent.type(input, yuan);
};

describe('SkuEditor, buyer price of a cross-border SKU', { timeout: 60_000 }, () => {
  it('adds consumption tax and VAT on top of ¥100 of high-end cosmetics', async () => {
    renderEditor({
      skus: [buildSku({ spec: '50 ml', priceFen: 9000, listPriceFen: 20_000 })],
      crossBorder: buildCrossBorder({ taxCategory: 'high_end_cosmetics', priceIncludesTax: false }),
    });
    await typePrice(await screen.findByRole('group', { name: 'SKU 1: 50 ml' }), /Sale price/, '100');

    const breakdown = breakdownOf('Buyer price of SKU 1: 50 ml');
    expect(amount(breakdown, 'Goods')).toBe('CN¥100.00');
    expect(amount(breakdown, 'Consumption tax')).toBe('CN¥12.35');
    expect(amount(breakdown, 'Import VAT')).toBe('CN¥10.71');
    expect(amount(breakdown, 'Buyer pays')).toBe('CN¥123.06');
    expect(within(breakdown).getByText('Tax added at checkout')).toBeInTheDocument();
    expect(within(breakdown).getByText('Cross-border tax 23.1%')).toBeInTheDocument();
    expect(within(breakdown).getByText('Up to 50 per order within the ¥5,000 limit.')).toBeInTheDocument();
  });

  it('takes the 9.1% out of a tax-included price of general goods', async () => {
    renderEditor({
      skus: [buildSku({ spec: 'Tin', priceFen: 10_000, listPriceFen: 12_000 })],
      crossBorder: buildCrossBorder({ taxCategory: 'general', priceIncludesTax: true }),
    });
    const breakdown = await screen.findByRole('group', { name: 'Buyer price of SKU 1: Tin' });
    expect(amount(breakdown, 'Goods')).toBe('CN¥91.66');
    expect(amount(breakdown, 'Import VAT')).toBe('CN¥8.34');
    expect(amount(breakdown, 'Buyer pays')).toBe('CN¥100.00');
    expect(within(breakdown).queryByText('Consumption tax')).not.toBeInTheDocument();
    expect(within(breakdown).getByText('Tax included in the price')).toBeInTheDocument();
    expect(within(breakdown).getByText('Cross-border tax 9.1%')).toBeInTheDocument();
  });

  it('warns that a SKU above ¥5,000 sells one per order at full tax', async () => {
    renderEditor({
      skus: [buildSku({ spec: 'Coffret', priceFen: 10_000, listPriceFen: 900_000 })],
      crossBorder: buildCrossBorder({ taxCategory: 'general', priceIncludesTax: false }),
    });
    await typePrice(await screen.findByRole('group', { name: 'SKU 1: Coffret' }), /Sale price/, '6000');

    const breakdown = breakdownOf('Buyer price of SKU 1: Coffret');
    expect(within(breakdown).getByText(/buyers can order only one at a time/)).toBeInTheDocument();
    expect(within(breakdown).getByText('Full import tax 13%')).toBeInTheDocument();
    expect(amount(breakdown, 'Import VAT')).toBe('CN¥780.00');
    expect(amount(breakdown, 'Buyer pays')).toBe('CN¥6,780.00');
  });

  it('asks for a tax category before it can say what buyers pay', async () => {
    renderEditor({ skus: [buildSku({ spec: 'Tin' })], crossBorder: null });
    const breakdown = await screen.findByRole('group', { name: 'Buyer price of SKU 1: Tin' });
    expect(
      within(breakdown).getByText('Choose the tax category to see what buyers pay.'),
    ).toBeInTheDocument();
  });

  it('shows no breakdown for a domestic store', async () => {
    renderEditor({ skus: [buildSku({ spec: 'Tin' })], crossBorder: null }, false);
    await screen.findByRole('group', { name: 'SKU 1: Tin' });
    expect(screen.queryByText('What a buyer pays for one')).not.toBeInTheDocument();
  });
});

describe('SkuEditor, rows', { timeout: 60_000 }, () => {
  it('refuses a sale price above the list price, on that row', async () => {
    const { onSubmit } = renderEditor({
      skus: [buildSku({ id: 'a', spec: '30 ml' }), buildSku({ id: 'b', spec: '50 ml' })],
      crossBorder: null,
    });
    const second = await screen.findByRole('group', { name: 'SKU 2: 50 ml' });
    await typePrice(second, /Sale price/, '200');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(within(second).getByLabelText(/Sale price/)).toHaveAccessibleDescription(
        "The sale price can't be above the list price.",
      ),
    );
    expect(within(sku('SKU 1: 30 ml')).getByLabelText(/Sale price/)).not.toHaveAccessibleDescription(
      "The sale price can't be above the list price.",
    );
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('clears the sale price error once the list price is raised above it', async () => {
    renderEditor({ skus: [buildSku({ spec: '30 ml' })], crossBorder: null });
    const row = await screen.findByRole('group', { name: 'SKU 1: 30 ml' });
    await typePrice(row, /Sale price/, '200');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await within(row).findByText("The sale price can't be above the list price.")).toBeInTheDocument();

    await typePrice(row, /List price/, '250');
    await waitFor(() =>
      expect(
        within(row).queryByText("The sale price can't be above the list price."),
      ).not.toBeInTheDocument(),
    );
  });

  it('adds a row, focused on its spec, and sends every SKU', async () => {
    const { onSubmit } = renderEditor({ skus: [buildSku({ id: 'a', spec: '30 ml' })], crossBorder: null });
    await userEvent.click(await screen.findByRole('button', { name: 'Add SKU' }));
    const spec = within(sku('SKU 2')).getByLabelText(/Specification/);
    expect(spec).toHaveFocus();
    await userEvent.type(spec, '100 ml');
    const second = sku('SKU 2: 100 ml');
    await typePrice(second, /Sale price/, '199');
    await typePrice(second, /List price/, '259.9');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0].skus).toEqual([
      buildSku({ id: 'a', spec: '30 ml' }),
      { spec: '100 ml', priceFen: 19_900, listPriceFen: 25_990, stock: 0, barcode: '' },
    ]);
  });

  it('removes a row and puts it back with Undo', async () => {
    renderEditor({
      skus: [buildSku({ id: 'a', spec: '30 ml' }), buildSku({ id: 'b', spec: '50 ml' })],
      crossBorder: null,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Remove SKU 1' }));
    expect(screen.queryByRole('group', { name: /30 ml/ })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'SKU 1: 50 ml' })).toBeInTheDocument();
    expect(screen.getByText('30 ml was removed.')).toBeInTheDocument();
    // The last SKU can't go: a product needs one.
    expect(screen.getByRole('button', { name: 'Remove SKU 1' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('group', { name: 'SKU 1: 30 ml' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'SKU 2: 50 ml' })).toBeInTheDocument();
  });

  it('moves a row with the keyboard, announces where it went and keeps the focus on it', async () => {
    renderEditor({
      skus: [buildSku({ id: 'a', spec: '30 ml' }), buildSku({ id: 'b', spec: '50 ml' })],
      crossBorder: null,
    });
    const moveDown = await screen.findByRole('button', { name: 'Move SKU 1 down' });
    moveDown.focus();
    await userEvent.keyboard('{Enter}');

    expect(screen.getByRole('group', { name: 'SKU 1: 50 ml' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'SKU 2: 30 ml' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('30 ml is now SKU 2 of 2.');
    // At the bottom "down" is off, so the keyboard moves to "up" of the same row.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move SKU 2 up' })).toHaveFocus());
  });
});
