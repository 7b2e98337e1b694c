import { defaultDictionary } from '../../domain/claims';
import { productCsvColumns } from '../schemas/imports';
import { validateProductCsv } from './validateProductCsv';

const header = productCsvColumns.join(',');
const domestic = { tradeModel: 'domestic' } as const;
const bonded = { tradeModel: 'bonded_warehouse' } as const;

type Row = Partial<Record<(typeof productCsvColumns)[number], string>>;
const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const line = (row: Row) => productCsvColumns.map((column) => quote(row[column] ?? '')).join(',');
const tea = (overrides: Row = {}): Row => ({
  handle: 'longjing',
  title: '西湖龙井 250克',
  title_en: 'West Lake Longjing 250 g',
  category: 'tea',
  description: '明前采摘，清香回甘。',
  sku_spec: '罐装',
  price: '458',
  list_price: '498',
  stock: '120',
  ...overrides,
});
const customs: Row = {
  origin_country: 'FR',
  hs_code: '33049900',
  declared_unit: 'bottle',
  tax_category: 'high_end_cosmetics',
  price_includes_tax: 'true',
};
const csv = (...rows: Row[]) => [header, ...rows.map(line)].join('\r\n');
const codesOf = (text: string, context: Parameters<typeof validateProductCsv>[1] = domestic) =>
  validateProductCsv(text, context).errors.map(({ line, column, code }) => `${line} ${column} ${code}`);

describe('validating a product CSV', () => {
  it('reads Chinese text, quoted commas and line breaks, a BOM and empty lines, numbering lines as a spreadsheet does', () => {
    const text = [
      `\uFEFF${header}`,
      line(tea({ description: '产地：杭州，西湖区\n"明前"头采' })),
      '',
      line(
        tea({
          description: '',
          sku_spec: '礼盒装',
          price: '1,299.50',
          list_price: '¥1,399',
          stock: '8',
          barcode: '6901234567892',
        }),
      ),
      line(
        tea({ handle: 'dahongpao', title: '武夷岩茶大红袍', title_en: '', price: '368', list_price: '368' }),
      ),
      line(tea({ handle: 'bad', price: 'abc' })),
      '',
    ].join('\n');
    const report = validateProductCsv(text, domestic);
    expect(report.errors).toEqual([{ line: 6, column: 'price', code: 'imports.errors.money', params: {} }]);
    expect(report).toMatchObject({ totalRows: 4, validRows: 3 });
    const [longjing, dahongpao] = report.products;
    expect(longjing).toMatchObject({ handle: 'longjing', line: 2, rowCount: 2 });
    expect(longjing.product).toEqual({
      title: '西湖龙井 250克',
      titleEn: 'West Lake Longjing 250 g',
      category: 'tea',
      description: '产地：杭州，西湖区\n"明前"头采',
      crossBorder: null,
      images: [],
      attributes: [],
      skus: [
        { spec: '罐装', priceFen: 45_800, listPriceFen: 49_800, stock: 120, barcode: '' },
        { spec: '礼盒装', priceFen: 129_950, listPriceFen: 139_900, stock: 8, barcode: '6901234567892' },
      ],
    });
    expect(dahongpao).toMatchObject({ line: 5, product: { titleEn: '', skus: [{ priceFen: 36_800 }] } });
  });

  it('finds exactly the 3 bad rows of 500 and keeps the other 497', () => {
    const rows = Array.from({ length: 500 }, (_, index) =>
      tea({ handle: `tea-${index}`, title: `云山茶 第${index}号拼配`.replace('第', ''), barcode: '' }),
    );
    rows[41] = { ...rows[41], price: '600' };
    rows[249] = { ...rows[249], category: 'coffee' };
    rows[498] = { ...rows[498], stock: '-2' };
    const report = validateProductCsv(csv(...rows), domestic);
    expect(report.errors.map(({ line, column, code }) => [line, column, code])).toEqual([
      [43, 'price', 'products.errors.price_above_list'],
      [251, 'category', 'imports.errors.unknown_category'],
      [500, 'stock', 'validation.not_negative'],
    ]);
    expect(report).toMatchObject({ totalRows: 500, validRows: 497 });
    expect(report.products).toHaveLength(497);
  });

  it('names the unknown category and the allowed ones', () => {
    const [error] = validateProductCsv(csv(tea({ category: 'Coffee' })), domestic).errors;
    expect(error.params).toEqual({
      value: 'Coffee',
      allowed: 'skincare, makeup, supplements, tea, fragrance, gifts',
    });
  });

  it('refuses prices above ¥100,000 and money it cannot read', () => {
    expect(codesOf(csv(tea({ price: '100000.01', list_price: '100000.01' })))).toEqual([
      '2 price products.errors.price_too_high',
      '2 list_price products.errors.price_too_high',
    ]);
    expect(codesOf(csv(tea({ price: '12.345', list_price: '', stock: '1.5' })))).toEqual([
      '2 price imports.errors.money_decimals',
      '2 list_price validation.required',
      '2 stock validation.integer',
    ]);
  });

  it('needs the customs columns for a cross-border store and checks the HS code', () => {
    const withoutCustoms = [productCsvColumns.slice(0, 10).join(','), line(tea())].join('\n');
    expect(codesOf(withoutCustoms, bonded)).toEqual([
      '1 origin_country imports.errors.missing_column',
      '1 hs_code imports.errors.missing_column',
      '1 declared_unit imports.errors.missing_column',
      '1 tax_category imports.errors.missing_column',
      '1 price_includes_tax imports.errors.missing_column',
    ]);
    expect(codesOf(csv(tea({ ...customs, hs_code: '3304' })), bonded)).toEqual([
      '2 hs_code products.errors.hs_code',
    ]);
    expect(codesOf(csv(tea({ ...customs, price_includes_tax: '' })), bonded)).toEqual([
      '2 price_includes_tax validation.required',
    ]);
    const report = validateProductCsv(
      csv(
        tea({
          ...customs,
          origin_country: 'fr',
          hs_code: '3304.99.00',
          declared_unit: 'Bottle',
          price_includes_tax: '否',
        }),
      ),
      bonded,
    );
    expect(report.products[0].product.crossBorder).toEqual({
      originCountry: 'FR',
      hsCode: '33049900',
      declaredUnit: 'bottle',
      taxCategory: 'high_end_cosmetics',
      priceIncludesTax: false,
    });
  });

  it('refuses customs data for a domestic store, and takes all or none before the trade model is chosen', () => {
    expect(codesOf(csv(tea({ origin_country: 'CN' })))).toEqual([
      '2 origin_country products.errors.not_cross_border',
    ]);
    const undecided = { tradeModel: null };
    expect(validateProductCsv(csv(tea()), undecided).products[0].product.crossBorder).toBeNull();
    expect(codesOf(csv(tea({ ...customs, hs_code: '' })), undecided)).toEqual([
      '2 hs_code validation.required',
    ]);
  });

  it('keeps the SKUs of one handle together: they agree on the product, differ in spec, and fail together', () => {
    const report = validateProductCsv(
      csv(
        tea(),
        tea({ sku_spec: '礼盒装', title: '', category: '' }),
        tea({ sku_spec: '散装', category: 'gifts' }),
        tea({ sku_spec: '罐装' }),
      ),
      domestic,
    );
    expect(report.errors.map(({ line, column, code, params }) => [line, column, code, params])).toEqual([
      [4, 'category', 'imports.errors.handle_mismatch', { line: 2 }],
      [5, 'sku_spec', 'imports.errors.duplicate_spec', { line: 2 }],
    ]);
    expect(report).toMatchObject({ products: [], validRows: 0, totalRows: 4 });
  });

  it('finds a barcode used twice in the file, and one Excel turned into a number', () => {
    const errors = validateProductCsv(
      csv(
        tea({ barcode: '6901234567892' }),
        tea({ handle: 'other', barcode: '6901234567892' }),
        tea({ handle: 'third', barcode: '6.90123E+12' }),
      ),
      domestic,
    ).errors;
    expect(errors).toEqual([
      { line: 3, column: 'barcode', code: 'imports.errors.duplicate_barcode', params: { line: 2 } },
      { line: 4, column: 'barcode', code: 'imports.errors.barcode_scientific', params: {} },
    ]);
  });

  it('refuses copy the platform would block, naming the term as written', () => {
    const context = { ...domestic, dictionary: defaultDictionary };
    const report = validateProductCsv(
      csv(tea({ title: '全网销量第一的龙井' }), tea({ handle: 'clean', description: '清香回甘。' })),
      context,
    );
    expect(report.errors).toEqual([
      { line: 2, column: 'title', code: 'imports.errors.banned_claim', params: { term: '第一' } },
    ]);
    expect(report.products.map((product) => product.handle)).toEqual(['clean']);
  });

  it('reports header problems alone: unknown, repeated and missing columns', () => {
    const text = ['handle,title,colour,title,sku_spec,price,list_price,stock', line(tea())].join('\n');
    expect(codesOf(text)).toEqual([
      '1 colour imports.errors.unknown_column',
      '1 title imports.errors.duplicate_column',
      '1 category imports.errors.missing_column',
    ]);
  });

  it('accepts retyped headers, semicolons and rows that drop trailing empty cells', () => {
    const text = ['Handle;Title;Category;SKU Spec;Price;List-Price;Stock', '1;红茶;tea;100 g;10;12;5'].join(
      '\n',
    );
    const report = validateProductCsv(text, domestic);
    expect(report.errors).toEqual([]);
    expect(report.products[0].product).toMatchObject({
      title: '红茶',
      skus: [{ spec: '100 g', priceFen: 1000 }],
    });
  });

  it('says so when the file is empty, a quote never closes or a row has cells beyond the header', () => {
    expect(codesOf('\uFEFF\r\n\r\n')).toEqual(['1  imports.errors.empty_file']);
    expect(codesOf(`${csv(tea())}\n"broken,tea`)).toEqual(['3  imports.errors.unterminated_quote']);
    expect(codesOf(`${csv(tea())},extra`)).toEqual(['2  imports.errors.extra_cells']);
  });
});
