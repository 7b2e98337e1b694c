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
        needs_attention: 'Needs attention',
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
      review: {
        pending:
          "Waiting for RED's moderators: claims in this copy need a review before the product can go live.",
        rejected: "Rejected by RED's moderators",
        approved: "RED's moderators approved this copy.",
        reason_other: 'Other',
        decided_by: 'Decided by %{name} on %{date}',
        fix_hint: 'Edit the highlighted passage and save; then list the product again.',
      },
      transitions: {
        list: 'List for sale',
        delist: 'Take off sale',
        listed: 'Listed',
        sent_for_review: 'Sent for review: it goes live once approved',
        delisted: 'Delisted',
        confirm_title: 'List "%{title}"?',
        confirm_content:
          'Claims in this copy wait for a review. It will go live once a moderator approves it.',
        already_listed: 'The product is already listed.',
        already_in_review: 'The product is already waiting for review; it goes live once approved.',
        save_first: 'Save your changes first.',
      },
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
      fix_rejection: 'Fix the passage the moderators rejected before listing the product again.',
      not_listed: 'Only a listed product or one in review can be delisted.',
    },
  },
};
