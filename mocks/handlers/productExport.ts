import { http, HttpResponse } from 'msw';
import { CSV_BOM, productsToCsv } from '../../src/api/productImport';
import { queryRecords } from '../lib/listQuery';
import { apiPath, route } from '../lib/route';
import { productListOptions, productsInScope } from './products';

/**
 * GET /products/export.csv: the products the list's filters and sort select (or the ones named by
 * repeated `id`), all of them rather than a page, one row per SKU in the import columns. UTF-8 with a
 * byte-order mark, or Excel shows the Chinese as mojibake.
 */
export const exportProductsHandler = http.get(
  apiPath('/products/export.csv'),
  route('products', 'list', ({ caller, url }) => {
    const { rows, params } = productsInScope(caller, url);
    // A whole export, whatever page the list was on.
    params.delete('page');
    params.delete('perPage');
    const csv = productsToCsv(queryRecords(rows, params, productListOptions));
    const day = new Date().toISOString().slice(0, 10);
    return new HttpResponse(`${CSV_BOM}${csv}`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="products-${day}.csv"`,
      },
    });
  }),
);
