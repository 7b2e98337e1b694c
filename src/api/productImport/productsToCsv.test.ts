import { buildProduct, buildSku } from '../../test/builders';
import { productCsvColumns } from '../schemas/imports';
import { productsToCsv } from './productsToCsv';
import { readCsv } from './readCsv';
import { validateProductCsv } from './validateProductCsv';

const lipstick = buildProduct({
  id: 'prod-lumiere-0008',
  title: '丝绒哑光唇膏 "巴黎" 限定',
  titleEn: '=Velvet, Matte Lipstick',
  category: 'makeup',
  description: '第一行，带逗号\n第二行 +护色',
  skus: [
    buildSku({
      id: 'sku-1',
      spec: '01 玫瑰',
      priceFen: 26_000,
      listPriceFen: 26_000,
      stock: 5,
      barcode: '3401234567897',
    }),
    buildSku({
      id: 'sku-2',
      spec: '-02 裸色',
      priceFen: 23_450,
      listPriceFen: 26_000,
      stock: 0,
      barcode: '',
    }),
  ],
  crossBorder: {
    originCountry: 'FR',
    hsCode: '3304100000',
    declaredUnit: 'piece',
    taxCategory: 'high_end_cosmetics',
    priceIncludesTax: true,
  },
});

describe('exporting products as CSV', () => {
  it('writes one row per SKU in the import columns, money in yuan', () => {
    const { header, records } = readCsv(productsToCsv([lipstick]));
    expect(header?.cells).toEqual([...productCsvColumns]);
    expect(records.map((record) => record.cells)).toEqual([
      [
        'prod-lumiere-0008',
        lipstick.title,
        lipstick.titleEn,
        'makeup',
        lipstick.description,
        '01 玫瑰',
        '260',
        '260',
        '5',
        '3401234567897',
        'FR',
        '3304100000',
        'piece',
        'high_end_cosmetics',
        'true',
      ],
      [
        'prod-lumiere-0008',
        lipstick.title,
        lipstick.titleEn,
        'makeup',
        lipstick.description,
        '-02 裸色',
        '234.50',
        '260',
        '0',
        '',
        'FR',
        '3304100000',
        'piece',
        'high_end_cosmetics',
        'true',
      ],
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const text = productsToCsv([lipstick]);
    expect(text).toContain(`"'=Velvet, Matte Lipstick"`);
    expect(text).toContain(`'-02 裸色`);
  });

  it('imports again as the same products', () => {
    const tea = buildProduct({
      id: 'prod-yunshan-0001',
      title: '武夷岩茶大红袍 100克',
      category: 'tea',
      crossBorder: null,
    });
    const crossBorder = validateProductCsv(productsToCsv([lipstick]), { tradeModel: 'bonded_warehouse' });
    const domestic = validateProductCsv(productsToCsv([tea]), { tradeModel: 'domestic' });
    expect([...crossBorder.errors, ...domestic.errors]).toEqual([]);
    const strip = ({ id: _id, ...sku }: (typeof lipstick.skus)[number]) => sku;
    for (const [report, product] of [
      [crossBorder, lipstick],
      [domestic, tea],
    ] as const) {
      expect(report.products).toEqual([
        {
          handle: product.id,
          line: 2,
          rowCount: product.skus.length,
          product: {
            title: product.title,
            titleEn: product.titleEn,
            category: product.category,
            description: product.description,
            crossBorder: product.crossBorder,
            images: [],
            attributes: [],
            skus: product.skus.map(strip),
          },
        },
      ]);
    }
  });

  it('writes only the header for no products', () => {
    expect(productsToCsv([])).toBe(`${productCsvColumns.join(',')}\r\n`);
  });
});
