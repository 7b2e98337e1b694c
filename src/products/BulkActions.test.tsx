import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GetListParams, GetManyParams } from 'react-admin';
import type { BulkAction, BulkResult, Product } from '../api';
import { dataProvider } from '../api/dataProvider';
import { renderInAdmin } from '../test/renderInAdmin';
import { getRecord, renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { buildProduct, buildSku } from '../test/builders';
import { ProductList } from './ProductList';

configure({ asyncUtilTimeout: 10_000 });

const products = [
  buildProduct({
    id: 'p1',
    title: '玫瑰精华水',
    skus: [buildSku({ id: 's1', priceFen: 12_900, listPriceFen: 15_900 })],
  }),
  buildProduct({
    id: 'p2',
    title: '山茶花面霜',
    skus: [buildSku({ id: 's2', priceFen: 15_000, listPriceFen: 15_900 })],
  }),
  buildProduct({ id: 'p3', title: '白茶身体乳' }),
];

function renderWithBulk(answer: BulkResult, total = products.length) {
  const getList = vi.fn(async (_resource: string, params: GetListParams) => {
    const start = ((params.pagination?.page ?? 1) - 1) * (params.pagination?.perPage ?? 25);
    const data = Array.from(
      { length: Math.min(params.pagination?.perPage ?? 25, total - start) },
      (_, index) =>
        index < products.length && start === 0
          ? products[index]
          : buildProduct({ id: `q${start + index}`, title: `商品 ${start + index}` }),
    );
    return { data, total };
  });
  const getMany = vi.fn(async (_resource: string, params: GetManyParams) => ({
    data: products.filter((product) => params.ids.includes(product.id)),
  }));
  const getOne = vi.fn(async (_resource: string, params: { id: string }) => ({
    data: products.find((product) => product.id === params.id),
  }));
  const command = vi.fn(
    async (_resource: string, _id: undefined, _action: string, _body: BulkAction) => answer,
  );
  const download = vi.fn(async () => new Blob(['\uFEFFhandle\n'], { type: 'text/csv' }));
  renderInAdmin(<ProductList />, {
    resource: 'products',
    dataProvider: {
      getList: getList as never,
      getMany: getMany as never,
      getOne: getOne as never,
      command,
      download,
    },
  });
  return { getList, command, download };
}

const selectRows = async (...titles: string[]) => {
  for (const title of titles) {
    const row = (await screen.findByText(title)).closest('tr') as HTMLElement;
    await userEvent.click(within(row).getByLabelText('Select this row'));
  }
};

describe('bulk actions on products', { timeout: 60_000 }, () => {
  it('changes prices by a percentage after a preview, and reports what was refused', async () => {
    const { command, getList } = renderWithBulk({
      succeeded: 1,
      failed: 1,
      results: [
        { id: 'p1', ok: true, code: null },
        { id: 'p2', ok: false, code: 'products.errors.price_above_list' },
      ],
    });
    await selectRows('玫瑰精华水', '山茶花面霜');
    await userEvent.click(screen.getByRole('button', { name: 'Change price' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the price of 2 products' });
    const percent = within(dialog).getByRole('textbox', { name: 'Change by' });

    await userEvent.type(percent, 'abc');
    expect(within(dialog).getByText('Enter a percentage such as -10 or 5.5.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Apply to 2 products' })).toBeDisabled();

    await userEvent.clear(percent);
    await userEvent.type(percent, '+50');
    expect(await within(dialog).findByText(/100 ml: CN¥129.00 → CN¥193.50/)).toHaveTextContent(
      '(above its list price, CN¥159.00)',
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/the platform refuses this product/);

    await userEvent.clear(percent);
    await userEvent.type(percent, '-10');
    expect(await within(dialog).findByText('100 ml: CN¥129.00 → CN¥116.10')).toBeInTheDocument();
    const listCalls = getList.mock.calls.length;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply to 2 products' }));

    expect(command).toHaveBeenCalledWith('products', undefined, 'bulk', {
      action: 'reprice',
      ids: ['p1', 'p2'],
      percent: -10,
    });
    const report = await screen.findByRole('dialog', { name: 'Price change report' });
    expect(within(report).getByText('Done').previousSibling).toHaveTextContent('1');
    expect(within(report).getByText('Not done').previousSibling).toHaveTextContent('1');
    const failure = within(report).getByRole('row', { name: /山茶花面霜/ });
    expect(failure).toHaveTextContent("The sale price can't be above the list price.");
    // The list behind the report shows the new prices.
    await waitFor(() => expect(getList.mock.calls.length).toBeGreaterThan(listCalls));

    await userEvent.click(within(report).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByText('2 items selected')).not.toBeInTheDocument());
  });

  it('lists the selected products after a confirmation', async () => {
    const { command } = renderWithBulk({
      succeeded: 2,
      failed: 0,
      results: [
        { id: 'p1', ok: true, code: null },
        { id: 'p3', ok: true, code: null },
      ],
    });
    await selectRows('玫瑰精华水', '白茶身体乳');
    await userEvent.click(screen.getByRole('button', { name: 'List' }));
    const confirm = await screen.findByRole('dialog', { name: 'List 2 products?' });
    expect(command).not.toHaveBeenCalled();
    await userEvent.click(within(confirm).getByRole('button', { name: 'List' }));
    expect(command).toHaveBeenCalledWith('products', undefined, 'bulk', {
      action: 'list',
      ids: ['p1', 'p3'],
    });
    const report = await screen.findByRole('dialog', { name: 'Listing report' });
    expect(within(report).getByText('Every selected product was changed.')).toBeInTheDocument();
  });

  it('selects every matching product page by page, up to what one action takes', async () => {
    const { getList } = renderWithBulk({ succeeded: 0, failed: 0, results: [] }, 250);
    await selectRows('玫瑰精华水');
    await userEvent.click(screen.getByRole('button', { name: 'Select all 250 matching products' }));
    expect(await screen.findByText('250 items selected')).toBeInTheDocument();
    const pages = getList.mock.calls.filter(([, params]) => params.pagination?.perPage === 100);
    expect(pages.map(([, params]) => params.pagination?.page).sort()).toEqual([1, 2, 3]);
  });

  it('exports the selection, or everything matching the filters, as CSV', async () => {
    // jsdom has no object URLs: record the files the console hands to the browser's downloads.
    const saved: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return 'blob:export';
    };
    URL.revokeObjectURL = () => undefined;
    try {
      const { download } = renderWithBulk({ succeeded: 0, failed: 0, results: [] });
      await selectRows('山茶花面霜');
      await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      await waitFor(() => expect(download).toHaveBeenCalledWith('products', 'export.csv', { id: ['p2'] }));
      expect(saved).toHaveLength(1);

      await userEvent.click(screen.getByLabelText('Unselect'));
      await userEvent.click(await screen.findByRole('button', { name: 'Export' }));
      await waitFor(() =>
        expect(download).toHaveBeenLastCalledWith('products', 'export.csv', {
          sort: 'updatedAt',
          order: 'DESC',
        }),
      );
    } finally {
      Reflect.deleteProperty(URL, 'createObjectURL');
      Reflect.deleteProperty(URL, 'revokeObjectURL');
    }
  });
});

describe('bulk actions on the platform', { timeout: 90_000 }, () => {
  it('reprices the selected products and reports the ones the platform refused, with the reason', async () => {
    await signIn('admin@lumiere.example');
    renderWithPlatform(<ProductList />, { resource: 'products', route: '/products' });
    await screen.findAllByLabelText('Select this row', undefined, { timeout: 15_000 });
    const [first, second] = screen.getAllByLabelText('Select this row');
    await userEvent.click(first as HTMLElement);
    await userEvent.click(second as HTMLElement);
    const selected = (
      await dataProvider.getList<Product>('products', {
        pagination: { page: 1, perPage: 2 },
        sort: { field: 'updatedAt', order: 'DESC' },
        filter: {},
      })
    ).data;

    await userEvent.click(await screen.findByRole('button', { name: 'Change price' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the price of 2 products' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Change by' }), '-10');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply to 2 products' }));
    const report = await screen.findByRole('dialog', { name: 'Price change report' });
    expect(within(report).getByText('Done').previousSibling).toHaveTextContent('2');
    for (const product of selected) {
      const now = await getRecord<Product>('products', product.id);
      expect(now.skus.map((sku) => sku.priceFen)).toEqual(
        product.skus.map((sku) => Math.round(sku.priceFen * 0.9)),
      );
    }
    await userEvent.click(within(report).getByRole('button', { name: 'Close' }));
    // The report closes with a transition; until it is gone the page behind it is hidden from users.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    // Doubling a sale price takes it above the list price: the platform refuses it product by product.
    await screen.findAllByLabelText('Select this row');
    await userEvent.click(screen.getAllByLabelText('Select this row')[0] as HTMLElement);
    await userEvent.click(screen.getByRole('button', { name: 'Change price' }));
    const again = await screen.findByRole('dialog', { name: 'Change the price of 1 product' });
    await userEvent.type(within(again).getByRole('textbox', { name: 'Change by' }), '100');
    await userEvent.click(within(again).getByRole('button', { name: 'Apply to 1 product' }));
    const refused = await screen.findByRole('dialog', { name: 'Price change report' });
    expect(within(refused).getByRole('row', { name: /above the list price/ })).toBeInTheDocument();
  });
});
