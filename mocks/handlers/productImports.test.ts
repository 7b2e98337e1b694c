// @vitest-environment node
import type { ListResponse, Product, ProductImport } from '../../src/api';
import { db } from '../db/store';
import { advanceJob } from '../lib/importJobs';
import { bodyOf, call, problemOf, signIn } from '../testing/client';
import { csvOf, skincareRow, storedImportJob, teaRow, uploadCsv } from '../testing/productCsv';

const teaRows = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    teaRow({ handle: `tea-${index}`, title: `云山茶 高山乌龙 ${index}号` }),
  );
const jobOf = async (response: Response, status = 200) => {
  expect(response.status).toBe(status);
  return bodyOf<ProductImport>(response);
};
const command = (token: string, job: ProductImport, action: 'commit' | 'cancel') =>
  call(`/product-imports/${job.id}/${action}`, { token, method: 'POST', body: { version: job.version } });
const show = async (token: string, id: string) => jobOf(await call(`/product-imports/${id}`, { token }));
/** A later row of a handle may leave the product columns empty: the first row gives them. */
const sameProduct = { title: '', title_en: '', category: '', description: '' };
const yunshanCount = () => db.products.all().filter((product) => product.brandId === 'brand-yunshan').length;

afterEach(() => vi.useRealTimers());
/** The commit's progress follows the clock: tests move it on rather than wait. */
const clockAt = (time: number) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(time);
};

describe('the dry run', () => {
  it('checks every row and reports the bad ones by line and column, importing nothing', async () => {
    const token = await signIn('admin@yunshan.example');
    const rows = teaRows(500);
    rows[9] = { ...rows[9], price: '250' };
    rows[99] = { ...rows[99], category: 'coffee' };
    rows[399] = { ...rows[399], title: '全网销量第一的乌龙' };
    const job = await jobOf(await uploadCsv(token, csvOf(rows), '乌龙茶.csv'), 201);
    expect(job).toMatchObject({
      status: 'validated',
      fileName: '乌龙茶.csv',
      createdByName: '陈云',
      totalRows: 500,
      validRows: 497,
      validProducts: 497,
      processedRows: 0,
      importedProducts: 0,
    });
    expect(job.errors).toEqual([
      { line: 11, column: 'price', code: 'products.errors.price_above_list', params: {} },
      {
        line: 101,
        column: 'category',
        code: 'imports.errors.unknown_category',
        params: { value: 'coffee', allowed: 'skincare, makeup, supplements, tea, fragrance, gifts' },
      },
      { line: 401, column: 'title', code: 'imports.errors.banned_claim', params: { term: '第一' } },
    ]);
    expect(job).not.toHaveProperty('pending');
    expect(yunshanCount()).toBe(10_000);
  });

  it('needs the customs columns from a cross-border store', async () => {
    const token = await signIn('admin@lumiere.example');
    const { origin_country: _origin, ...row } = skincareRow();
    const job = await jobOf(await uploadCsv(token, csvOf([row]).replace(/,origin_country/, '')), 201);
    expect(job.errors).toEqual([
      {
        line: 1,
        column: 'origin_country',
        code: 'imports.errors.missing_column',
        params: { column: 'origin_country' },
      },
    ]);
    expect(job.validRows).toBe(0);
  });

  it.each([
    [
      'a spreadsheet rather than CSV',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
      'products.xlsx',
      'imports.errors.not_csv',
    ],
    [
      'text that is not UTF-8 (Excel’s GBK)',
      new Uint8Array([0xd4, 0xc6, 0xc9, 0xbd, 0xb2, 0xe8]),
      'gbk.csv',
      'imports.errors.not_utf8',
    ],
    [
      'a file over 5 MB',
      new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41),
      'big.csv',
      'imports.errors.file_too_large',
    ],
  ])('refuses %s', async (_what, bytes, name, code) => {
    const token = await signIn('admin@yunshan.example');
    const problem = await problemOf(await uploadCsv(token, bytes, name));
    expect(problem).toMatchObject({ status: 422, code, errors: { file: code } });
    expect(db.productImports.all()).toHaveLength(0);
  });

  it('refuses more than 5,000 rows', async () => {
    const token = await signIn('admin@yunshan.example');
    const problem = await problemOf(await uploadCsv(token, csvOf(teaRows(5001))));
    expect(problem).toMatchObject({ status: 422, code: 'imports.errors.too_many_rows' });
  });
});

describe('committing an import', () => {
  it('imports the valid products at once when every row is processed, as drafts numbered on', async () => {
    const start = Date.parse('2026-11-02T09:00:00Z');
    clockAt(start);
    const token = await signIn('admin@yunshan.example');
    const rows = [
      ...teaRows(250),
      teaRow({ ...sameProduct, handle: 'tea-1', sku_spec: '礼盒装', price: '268', list_price: '298' }),
    ];
    const job = await jobOf(await uploadCsv(token, csvOf(rows)), 201);
    expect(job).toMatchObject({ validRows: 251, validProducts: 250 });
    const importing = await jobOf(await command(token, job, 'commit'));
    expect(importing).toMatchObject({ status: 'importing', version: job.version + 1, processedRows: 0 });

    vi.setSystemTime(start + 150);
    expect(await show(token, job.id)).toMatchObject({
      status: 'importing',
      processedRows: 100,
      version: importing.version,
    });
    expect(yunshanCount()).toBe(10_000);

    vi.setSystemTime(start + 300);
    const done = await show(token, job.id);
    expect(done).toMatchObject({ status: 'completed', processedRows: 251, importedProducts: 250 });
    expect(yunshanCount()).toBe(10_250);
    const imported = db.products.find('prod-yunshan-10002');
    expect(imported).toMatchObject({
      title: '云山茶 高山乌龙 1号',
      status: 'draft',
      priceFen: 16_800,
      stock: 80,
    });
    expect(imported?.skus.map((sku) => sku.spec)).toEqual(['罐装', '礼盒装']);
  });

  it('shows the products of a finished import in the product list even before the job is polled', async () => {
    const start = Date.parse('2026-11-02T09:00:00Z');
    clockAt(start);
    const token = await signIn('admin@yunshan.example');
    const job = await jobOf(await uploadCsv(token, csvOf(teaRows(3))), 201);
    await command(token, job, 'commit');
    vi.setSystemTime(start + 1000);
    const list = await bodyOf<ListResponse<Product>>(
      await call('/products?q=高山乌龙&perPage=10', { token }),
    );
    expect(list.total).toBe(3);
  });

  it('puts imported copy that only warns in the moderation queue', async () => {
    const start = Date.parse('2026-11-02T09:00:00Z');
    clockAt(start);
    const token = await signIn('admin@yunshan.example');
    const job = await jobOf(await uploadCsv(token, csvOf([teaRow({ description: '纯天然高山茶。' })])), 201);
    await command(token, job, 'commit');
    vi.setSystemTime(start + 1000);
    await show(token, job.id);
    const product = db.products.all().find((candidate) => candidate.description === '纯天然高山茶。');
    expect(product?.review.state).toBe('pending');
    expect(db.moderationItems.find(product?.review.itemId ?? '')).toMatchObject({ status: 'pending' });
  });

  it('cancels while importing and inserts nothing, then or later', async () => {
    const start = Date.parse('2026-11-02T09:00:00Z');
    clockAt(start);
    const token = await signIn('admin@yunshan.example');
    const job = await jobOf(await uploadCsv(token, csvOf(teaRows(300))), 201);
    await command(token, job, 'commit');
    vi.setSystemTime(start + 120);
    const cancelled = await jobOf(await command(token, await show(token, job.id), 'cancel'));
    expect(cancelled).toMatchObject({ status: 'cancelled', processedRows: 100 });
    vi.setSystemTime(start + 10_000);
    expect(await show(token, job.id)).toMatchObject({ status: 'cancelled', importedProducts: 0 });
    expect(yunshanCount()).toBe(10_000);
  });

  it('refuses to commit nothing, a finished job and a stale version; a second commit changes nothing', async () => {
    const token = await signIn('admin@yunshan.example');
    const empty = await jobOf(await uploadCsv(token, csvOf([teaRow({ price: 'free' })])), 201);
    expect((await problemOf(await command(token, empty, 'commit'))).code).toBe(
      'imports.errors.nothing_to_import',
    );
    const job = await jobOf(await uploadCsv(token, csvOf(teaRows(2))), 201);
    const importing = await jobOf(await command(token, job, 'commit'));
    // A double click: the job is importing already, and stays as it is.
    expect(await jobOf(await command(token, job, 'commit'))).toEqual(importing);
    const stale = await command(token, job, 'cancel');
    expect(stale.status).toBe(409);
    expect((await problemOf(stale)).code).toBe('errors.conflict');
    const cancelled = await jobOf(await command(token, importing, 'cancel'));
    const again = await command(token, cancelled, 'commit');
    expect(again.status).toBe(409);
    expect(await problemOf(again)).toMatchObject({
      code: 'imports.errors.finished',
      current: { status: 'cancelled' },
    });
  });

  it('fails as a whole when the platform breaks before it completes: nothing is inserted', () => {
    const job = storedImportJob('brand-yunshan', csvOf(teaRows(20)));
    const started = Date.parse('2026-11-02T09:00:00Z');
    const importing = db.productImports.save({
      ...job,
      status: 'importing',
      commitStartedAt: new Date(started).toISOString(),
    });
    const failed = advanceJob(importing, started + 5_000, () => true);
    expect(failed).toMatchObject({
      status: 'failed',
      failureCode: 'imports.errors.interrupted',
      importedProducts: 0,
    });
    expect(db.productImports.find(job.id)?.pending).toEqual([]);
    expect(yunshanCount()).toBe(10_000);
  });
});

describe('who sees an import', () => {
  it('lists and shows a brand’s own imports only, newest first', async () => {
    const yunshan = await signIn('admin@yunshan.example');
    const first = await jobOf(await uploadCsv(yunshan, csvOf(teaRows(1)), 'first.csv'), 201);
    const second = await jobOf(await uploadCsv(yunshan, csvOf(teaRows(1)), 'second.csv'), 201);
    const list = await bodyOf<ListResponse<ProductImport>>(
      await call('/product-imports', { token: yunshan }),
    );
    expect(list.data.map((job) => job.id)).toEqual([second.id, first.id]);
    const lumiere = await signIn('admin@lumiere.example');
    expect(
      (await bodyOf<ListResponse<ProductImport>>(await call('/product-imports', { token: lumiere }))).total,
    ).toBe(0);
    expect((await call(`/product-imports/${first.id}`, { token: lumiere })).status).toBe(404);
    const agent = await signIn('agent@lumiere.example');
    expect((await call('/product-imports', { token: agent })).status).toBe(403);
  });
});
