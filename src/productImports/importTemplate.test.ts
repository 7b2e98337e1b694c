import Papa from 'papaparse';
import { productCsvColumns } from '../api';
import { validateProductCsv } from '../api/productImport';
import { importTemplateCsv } from './importTemplate';

describe('the import template', () => {
  it('has the platform columns in order and one example row', () => {
    const rows = Papa.parse<string[]>(importTemplateCsv({ tradeModel: 'domestic' })).data;
    expect(rows[0]).toEqual([...productCsvColumns]);
    expect(rows).toHaveLength(2);
  });

  it('passes the platform validator as it is, for a domestic store', () => {
    const report = validateProductCsv(importTemplateCsv({ tradeModel: 'domestic' }), {
      tradeModel: 'domestic',
    });
    expect(report.errors).toEqual([]);
    expect(report.products).toHaveLength(1);
  });

  it('fills in the customs columns for a cross-border store, and passes the validator too', () => {
    const csv = importTemplateCsv({ tradeModel: 'bonded_warehouse', originCountry: 'NZ' });
    const report = validateProductCsv(csv, { tradeModel: 'bonded_warehouse' });
    expect(report.errors).toEqual([]);
    expect(report.products[0]?.product.crossBorder).toMatchObject({
      originCountry: 'NZ',
      priceIncludesTax: true,
    });
  });
});
