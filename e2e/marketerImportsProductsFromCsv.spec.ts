import { accounts, expect, openConsoleAs, sideMenu, test } from './fixtures';
import { csvLineOf, productCsvUpload, type ProductCsvRow } from './csvFile';
import { chooseFiles } from './formControls';

const PRODUCTS = 500;
const number = (index: number) => String(index + 1).padStart(4, '0');

/** One rose water per row: a one-SKU product with the customs data Lumière's bonded warehouse needs. */
const roseWater = (index: number): ProductCsvRow => ({
  handle: `rose-water-${number(index)}`,
  title: `露光之家 玫瑰花水 导入款 ${number(index)}`,
  title_en: `Rose Water, import batch ${number(index)}`,
  category: 'skincare',
  description: '普罗旺斯玫瑰花水，150 毫升，适合日常爽肤。',
  sku_spec: '150 ml',
  price: '128.00',
  list_price: '158',
  stock: String(20 + (index % 50)),
  barcode: '',
  origin_country: 'FR',
  hs_code: '3304.9900',
  declared_unit: 'bottle',
  tax_category: 'high_end_cosmetics',
  price_includes_tax: 'true',
});

// Exactly three rows are wrong, each in one cell; the report must name each with its line and column.
const bad = { priceAboveList: 41, unknownCategory: 249, shortHsCode: 430 };
const rows = Array.from({ length: PRODUCTS }, (_, index) => roseWater(index));
rows[bad.priceAboveList] = { ...rows[bad.priceAboveList]!, price: '200', list_price: '150' };
rows[bad.unknownCategory] = { ...rows[bad.unknownCategory]!, category: 'perfume' };
rows[bad.shortHsCode] = { ...rows[bad.shortHsCode]!, hs_code: '3304' };

test('a marketer imports 500 products from a CSV: the dry run names the 3 bad rows, the commit imports the 497 others', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openConsoleAs(page, accounts.lumiereMarketer);
  await sideMenu(page).getByRole('menuitem', { name: 'Products', exact: true }).click();
  await page.getByRole('link', { name: 'Import CSV' }).click();

  await chooseFiles(
    page,
    page.getByRole('button', { name: 'Choose a CSV file' }),
    productCsvUpload('lumiere-rose-water.csv', rows),
  );
  await expect(page.getByText(/^Chosen: lumiere-rose-water\.csv/)).toBeVisible();
  await page.getByRole('button', { name: 'Check the file' }).click();

  // The dry run: nothing imported yet, every row counted, exactly the three bad cells reported.
  await expect(page.getByRole('heading', { level: 1, name: 'lumiere-rose-water.csv' })).toBeVisible();
  await expect(page.getByRole('term')).toHaveText([
    'Rows in the file',
    'Valid rows',
    'Products to import',
    'Rows with errors',
  ]);
  await expect(page.getByRole('definition')).toHaveText(['500', '497', '497', '3']);
  const report = page.getByRole('table', { name: '3 errors to fix' });
  const errorRows = report.getByRole('row');
  await expect(errorRows).toHaveCount(4);
  await expect(errorRows.nth(0).getByRole('columnheader')).toHaveText(['Line', 'Column', 'Problem']);
  await expect(errorRows.nth(1).getByRole('cell')).toHaveText([
    String(csvLineOf(bad.priceAboveList)),
    'price',
    "The sale price can't be above the list price.",
  ]);
  await expect(errorRows.nth(2).getByRole('cell')).toHaveText([
    String(csvLineOf(bad.unknownCategory)),
    'category',
    '"perfume" is not a category. Use one of: skincare, makeup, supplements, tea, fragrance, gifts.',
  ]);
  await expect(errorRows.nth(3).getByRole('cell')).toHaveText([
    String(csvLineOf(bad.shortHsCode)),
    'hs_code',
    'An HS code has 8 or 10 digits.',
  ]);
  await expect(page.getByText('3 rows have errors and will be skipped.', { exact: false })).toBeVisible();

  // The commit, confirmed because rows are skipped; its progress shows until every row is in. The mock
  // platform runs in the page and imports on the page's clock (100 rows per 100 ms, quicker than one round
  // trip): holding that clock still, then moving it on, lets each stage of the progress be seen.
  const commitTime = await page.evaluate(() => Date.now());
  await page.clock.setFixedTime(commitTime);
  await page.getByRole('button', { name: 'Import 497 products' }).click();
  const confirm = page.getByRole('dialog', { name: 'Import 497 products?' });
  await expect(confirm).toContainText('The 3 rows with errors will be skipped.');
  await confirm.getByRole('button', { name: 'Import' }).click();
  const progress = page.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '0');
  await expect(page.getByText('0 of 497 rows (0 %)')).toBeVisible();

  await page.clock.setFixedTime(commitTime + 250);
  await expect(progress).toHaveAttribute('aria-valuenow', '40');
  await expect(page.getByText('200 of 497 rows (40 %)')).toBeVisible();

  // Past the last row, and the clock runs again (the search box below waits on it).
  await page.clock.setSystemTime(commitTime + 1_000);
  await expect(page.getByText('Imported 497 products')).toBeVisible();
  await expect(progress).toBeHidden();

  // The products are in the catalogue, as drafts, and the platform's search finds them.
  await page.getByRole('link', { name: 'See the products' }).click();
  await page.getByRole('textbox', { name: 'Search' }).fill('导入款 0321');
  const imported = page.getByRole('row', { name: /露光之家 玫瑰花水 导入款 0321/ });
  await expect(imported).toBeVisible();
  await expect(imported).toContainText('Draft');
  await expect(imported).toContainText('Rose Water, import batch 0321');
  await expect(page.getByRole('row', { name: /导入款/ })).toHaveCount(1);
});
