// Messages of the brands area (en). Owned by the brands area; merged into the catalogue by ./index.ts.
export const brandsMessages = {
  resources: {
    brands: {
      name: 'Brand |||| Brands',
      fields: {
        name: 'Name',
        nameEn: 'English name',
        country: 'Country',
        category: 'Category',
        tradeModel: 'Trade model',
        intro: 'Introduction',
        createdAt: 'Joined RED',
        q: 'Search',
      },
      trade_models: {
        domestic: 'Domestic',
        bonded_warehouse: 'Cross-border, bonded warehouse',
        direct_mail: 'Cross-border, direct mail',
      },
      empty: 'No brands found',
    },
  },
};
