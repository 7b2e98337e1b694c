import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { useLocaleState } from 'react-admin';
import type { Product } from '../api';
import { dataProvider } from '../api/dataProvider';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { ProductImportCreate } from './ProductImportCreate';
import { ProductImportShow } from './ProductImportShow';

configure({ asyncUtilTimeout: 10_000 });

const header = 'handle,title,title_en,category,description,sku_spec,price,list_price,stock,barcode';
const row = (handle: string, title: string, cells = 'tea,,250 g,88.00,98.00,20,') =>
  `${handle},${title},,${cells}`;

/** A domestic catalogue (Yunshan Tea): one good product and two rows the platform refuses. */
const withBadRows = [
  header,
  row('longjing', '明前龙井'),
  row('biluochun', '碧螺春', 'tea,,250 g,120.00,98.00,20,'),
  row('slippers', '拖鞋', 'shoes,,one size,30.00,40.00,5,'),
].join('\n');

const manyRows = (count: number) =>
  [header, ...Array.from({ length: count }, (_, index) => row(`tea-${index}`, `导入测试茶 ${index}`))].join(
    '\n',
  );

/** The saved file as its bytes say, BOM included (jsdom's Blob has no text(), and readAsText drops the BOM). */
const textOf = (blob: Blob | undefined) =>
  new Promise<string>((resolve, reject) => {
    if (!blob) return reject(new Error('nothing was saved'));
    const reader = new FileReader();
    reader.onload = () =>
      resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

const ChineseSwitch = () => {
  const [, setLocale] = useLocaleState();
  return (
    <button type="button" onClick={() => setLocale('zh')}>
      中文
    </button>
  );
};

const renderWizard = async () => {
  await signIn('admin@yunshan.example');
  renderWithPlatform(
    <>
      <ChineseSwitch />
      <Routes>
        <Route path="create" element={<ProductImportCreate />} />
        <Route path=":id/show" element={<ProductImportShow />} />
      </Routes>
    </>,
    { path: '/product-imports/create', route: '/product-imports/*', resource: 'product-imports' },
  );
};

const chooseFile = async (text: string, name = 'catalogue.csv') => {
  const file = new File([text], name, { type: 'text/csv' });
  await userEvent.upload(await screen.findByLabelText('CSV file'), file, { applyAccept: false } as never);
};

const productsTitled = async (q: string) =>
  (
    await dataProvider.getList<Product>('products', {
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'id', order: 'ASC' },
      filter: { q },
    })
  ).total;

describe('importing products from a CSV file', { timeout: 120_000 }, () => {
  it('refuses a spreadsheet before sending it, and offers a template', async () => {
    const saved: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return 'blob:template';
    };
    URL.revokeObjectURL = () => undefined;
    try {
      await renderWizard();
      await userEvent.click(await screen.findByRole('button', { name: 'Download the template' }));
      expect(await textOf(saved[0])).toMatch(/^\uFEFFhandle,title,title_en,category/);

      await chooseFile('not really', 'catalogue.xlsx');
      expect(await screen.findByText(/This is not a CSV file/)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Check the file' })).toBeDisabled();
    } finally {
      Reflect.deleteProperty(URL, 'createObjectURL');
      Reflect.deleteProperty(URL, 'revokeObjectURL');
    }
  });

  it('checks every row, shows the errors by line and column in English and Chinese, then imports the valid rows', async () => {
    await renderWizard();
    await chooseFile(withBadRows);
    await userEvent.click(screen.getByRole('button', { name: 'Check the file' }));

    expect(await screen.findByRole('heading', { name: '2 errors to fix' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('3price');
    expect(rows[0]).toHaveTextContent("The sale price can't be above the list price.");
    expect(rows[1]).toHaveTextContent('4category"shoes" is not a category.');
    expect(await productsTitled('明前龙井')).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('heading', { name: '2 处错误待修正' })).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')[2]).toHaveTextContent(
      '4category“shoes”不是有效类目',
    );
    await userEvent.click(screen.getByRole('button', { name: '导入 1 个商品' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '导入' }));

    expect(await screen.findByText('已导入 1 个商品')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看商品' })).toBeInTheDocument();
    expect(await productsTitled('明前龙井')).toBe(1);
  });

  it('shows the progress of a long import and cancels it with nothing imported', async () => {
    await renderWizard();
    await chooseFile(manyRows(5000));
    await userEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Import 5,000 products' }));

    const progress = await screen.findByRole('progressbar', { name: 'Import progress' });
    expect(screen.getByText(/of 5,000 rows/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel the import' }));
    await userEvent.click(
      within(await screen.findByRole('dialog', { name: 'Cancel the import?' })).getByRole('button', {
        name: 'Cancel the import',
      }),
    );
    expect(await screen.findByText('Import cancelled')).toBeInTheDocument();
    expect(progress).not.toBeInTheDocument();
    await waitFor(async () => expect(await productsTitled('导入测试茶')).toBe(0));
  });
});
