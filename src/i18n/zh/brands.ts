// Messages of the brands area (zh). Owned by the brands area; merged into the catalogue by ./index.ts.
export const brandsMessages = {
  resources: {
    brands: {
      name: '品牌 |||| 品牌',
      fields: {
        name: '品牌名称',
        nameEn: '英文名称',
        country: '国家/地区',
        category: '类目',
        tradeModel: '贸易模式',
        intro: '品牌简介',
        createdAt: '入驻时间',
        q: '搜索',
      },
      trade_models: {
        domestic: '国内贸易',
        bonded_warehouse: '跨境 · 保税仓',
        direct_mail: '跨境 · 海外直邮',
      },
      empty: '没有找到品牌',
    },
  },
};
