// Messages of the products area (zh). Owned by the products area; merged into the catalogue by ./index.ts.
export const productsMessages = {
  resources: {
    products: {
      name: '商品 |||| 商品',
      fields: {
        title: '商品标题',
        titleEn: '英文名称',
        category: '类目',
        description: '商品描述',
        priceFen: '售价',
        listPriceFen: '划线价',
        stock: '库存',
        status: '状态',
        updatedAt: '更新时间',
        createdAt: '创建时间',
        q: '搜索',
        stockLte: '库存不足',
      },
      helpers: {
        title: '买家在小红书上看到的标题，最多 60 个字符。',
        listPriceFen: '划线展示的原价，售价不得高于划线价。',
      },
      filters: {
        low_stock: '库存不足（9 件及以下）',
      },
      statuses: {
        draft: '草稿',
        in_review: '审核中',
        listed: '已上架',
        rejected: '已驳回',
        delisted: '已下架',
      },
      categories: {
        skincare: '护肤',
        makeup: '彩妆',
        supplements: '营养保健',
        tea: '茶饮',
        fragrance: '香水香氛',
        gifts: '礼盒',
      },
      page: {
        create: '新建商品',
      },
      empty: '还没有商品',
      invite: '创建你的第一个商品，新商品将保存为草稿。',
      notifications: {
        created: '商品已创建为草稿',
        updated: '商品已保存',
      },
    },
  },
  products: {
    errors: {
      price_too_high: '价格不能超过 ¥100,000。',
      price_above_list: '售价不能高于划线价。',
    },
  },
};
