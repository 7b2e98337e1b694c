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
        needs_attention: '待处理',
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
      review: {
        pending: '等待小红书审核：文案中有宣传用语需人工审核，通过后商品才能上架。',
        rejected: '未通过小红书审核',
        approved: '小红书审核已通过此文案。',
        reason_other: '其他',
        decided_by: '审核人：%{name}，%{date}',
        fix_hint: '请修改高亮部分并保存，然后重新上架商品。',
      },
      transitions: {
        list: '上架',
        delist: '下架',
        listed: '已上架',
        sent_for_review: '已提交审核，审核通过后自动上架',
        delisted: '已下架',
        confirm_title: '上架“%{title}”？',
        confirm_content: '文案中的宣传用语正在等待审核，审核通过后商品才会上架。',
        already_listed: '商品已上架。',
        already_in_review: '商品正在审核中，通过后即会上架。',
        save_first: '请先保存修改。',
      },
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
      fix_rejection: '请先修改审核未通过的内容，再重新上架商品。',
      not_listed: '只有已上架或审核中的商品才能下架。',
    },
  },
};
