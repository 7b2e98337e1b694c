// Messages (en) of the productList work (list, filters, bulk actions, export); merged by ./index.ts.
export const productListMessages = {
  resources: {
    products: {
      list: {
        filters: {
          status: 'Status',
          stock: 'Stock',
          stock_gte: 'Stock at least',
          stock_lte: 'Stock at most',
          price_gte: 'Price from',
          price_lte: 'Price up to',
          out_of_stock: 'Out of stock',
          low_stock: 'Low stock (%{count} or fewer)',
        },
        import_csv: 'Import CSV',
        price_from: 'from %{price}',
        stock_out: 'Out of stock',
        stock_low: '%{count} (low)',
        sku_count: '1 SKU |||| %{count} SKUs',
        select: 'Select %{title}',
        invite: 'Create your first product, or import many at once from a CSV file.',
        error: "The products couldn't be loaded.",
        retry: 'Try again',
      },
      bulk: {
        select_all: 'Select the matching product |||| Select all %{count} matching products',
        select_first:
          'Select the first %{count} matching products |||| Select the first %{count} matching products',
        select_all_short: 'Select the 1 |||| Select all %{count}',
        select_first_short: 'Select %{count} |||| Select %{count}',
        list: {
          button: 'List',
          title: 'List this product? |||| List %{count} products?',
          content:
            'Products whose copy waits for a moderator go live once approved. Any product that cannot be listed (for example while the store is not open) is named in the report.',
          confirm: 'List',
        },
        delist: {
          button: 'Delist',
          title: 'Delist this product? |||| Delist %{count} products?',
          content: 'Shoppers can no longer buy them. You can list them again at any time.',
          confirm: 'Delist',
        },
        reprice: {
          button: 'Change price',
          title: 'Change the price of 1 product |||| Change the price of %{count} products',
          content:
            "Every SKU's sale price changes by this percentage, rounded to the fen. A product whose new price would be above its list price or above ¥100,000 is left as it is and named in the report.",
          percent: 'Change by',
          percent_hint: 'From -90 to +100, e.g. -10 for 10 % off.',
          not_a_number: 'Enter a percentage such as -10 or 5.5.',
          range: 'Enter a change from -90 to +100, other than 0.',
          example: 'For example, %{title}:',
          example_line: '%{spec}: %{from} → %{to}',
          sku_above_list: '(above its list price, %{list})',
          sku_too_high: '(above ¥100,000)',
          refused:
            'At this percentage the platform refuses this product and changes none of its SKUs. The other selected products still change if they can.',
          more_skus: 'and 1 more SKU |||| and %{count} more SKUs',
          confirm: 'Apply to 1 product |||| Apply to %{count} products',
        },
        report: {
          title_list: 'Listing report',
          title_delist: 'Delisting report',
          title_reprice: 'Price change report',
          succeeded: 'Done',
          failed: 'Not done',
          all_done: 'Every selected product was changed.',
          failures: 'Products left unchanged',
          product: 'Product',
          reason: 'Reason',
          unknown_reason: 'The platform refused this product.',
        },
      },
      export: {
        all: 'Export',
        selected: 'Export CSV',
        done: 'The CSV file is downloading.',
      },
    },
  },
};
