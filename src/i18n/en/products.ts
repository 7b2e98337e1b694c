// Messages of the products area (en). Owned by the products area; merged into the catalogue by ./index.ts.
export const productsMessages = {
  resources: {
    products: {
      name: 'Product |||| Products',
      fields: {
        title: 'Title',
        titleEn: 'English name',
        category: 'Category',
        description: 'Description',
        priceFen: 'Sale price',
        listPriceFen: 'List price',
        stock: 'Stock',
        status: 'Status',
        updatedAt: 'Updated',
        createdAt: 'Created',
        q: 'Search',
        stockLte: 'Low stock',
      },
      helpers: {
        title: 'As shoppers see it on RED, up to 60 characters.',
        listPriceFen: 'The crossed-out price; the sale price may not be above it.',
      },
      filters: {
        low_stock: 'Low stock (9 or fewer)',
      },
      statuses: {
        draft: 'Draft',
        in_review: 'In review',
        listed: 'Listed',
        rejected: 'Rejected',
        delisted: 'Delisted',
      },
      categories: {
        skincare: 'Skincare',
        makeup: 'Makeup',
        supplements: 'Supplements',
        tea: 'Tea',
        fragrance: 'Fragrance',
        gifts: 'Gifts',
      },
      page: {
        create: 'New product',
      },
      empty: 'No products yet',
      invite: 'Create your first product; it starts as a draft.',
      notifications: {
        created: 'Product created as a draft',
        updated: 'Product saved',
      },
    },
  },
  products: {
    errors: {
      price_too_high: "The price can't be above ¥100,000.",
      price_above_list: "The sale price can't be above the list price.",
    },
  },
};
