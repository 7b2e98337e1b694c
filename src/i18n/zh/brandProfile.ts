// Messages (zh) of the brandProfile work; merged into the catalogue by ./index.ts over ./brands.ts.
export const brandProfileMessages = {
  resources: {
    brands: {
      fields: {
        logo: '标志',
        category: '类目',
        verificationStatus: '认证',
        verifiedAt: '认证时间',
        updatedAt: '更新时间',
      },
      helpers: {
        name: '品牌在小红书上的官方账号名称，最多 30 个字。',
        nameEn: '供阅读英文的顾客和员工使用，最多 60 个字符。',
        intro: '介绍品牌的理念，最多 500 个字，展示在官方账号上。',
        country: '品牌的来源地。',
      },
      categories: {
        skincare: '护肤',
        makeup: '彩妆',
        supplements: '营养保健',
        tea: '茶饮',
        fragrance: '香氛',
        fashion: '服饰',
        home: '家居',
        food: '食品',
      },
      statuses: {
        draft: '未认证',
        submitted: '认证审核中',
        approved: '已认证',
        rejected: '认证被驳回',
      },
      sections: {
        verification: '认证',
      },
      verification: {
        draft: '品牌尚未认证。通过认证的品牌才能开店并在小红书上销售。',
        submitted: '申请正在由小红书审核员审核，结果会显示在这里。',
        approved: '品牌已于 %{date} 通过认证。',
        approved_undated: '品牌已通过认证。',
        rejected: '申请被驳回。请修改审核员标出的内容后重新提交。',
        start: '开始认证',
        open: '查看申请',
        fix: '修改申请',
      },
      notifications: {
        updated: '品牌资料已保存',
      },
      no_logo: '尚未上传标志',
      no_intro: '尚未填写简介',
    },
  },
  validation: {
    country: '请选择国家或地区',
  },
};
