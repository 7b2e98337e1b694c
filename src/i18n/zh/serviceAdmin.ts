// Messages (zh) of the serviceAdmin work (quick replies, service settings); merged into the catalogue by ./index.ts.
export const serviceAdminMessages = {
  resources: {
    'quick-replies': {
      name: '快捷回复 |||| 快捷回复',
      fields: {
        title: '标题',
        body: '回复内容',
        createdByName: '创建人',
        updatedAt: '更新时间',
        q: '搜索',
      },
      helpers: {
        body: '客服发送时会自动填入变量。与其他回复一样，会检查是否含有违禁宣传用语。',
      },
      page: {
        create: '新建快捷回复',
      },
      variables: {
        label: '插入变量',
        insert: '在光标处插入 %{variable}',
        buyerName: '买家昵称',
        orderNumber: '订单号',
        trackingNumber: '运单号',
        agentName: '客服姓名',
      },
      preview: {
        title: '预览',
        caption: '使用示例值；客服发送时会填入买家的真实信息。',
        empty: '输入回复内容后，这里会显示买家看到的效果。',
        sample_buyer: '小鹿',
        sample_agent: '佳怡',
      },
      unknown: {
        title: '不是变量：%{names}。 |||| 不是变量：%{names}。',
        body: '买家会原样看到这些带花括号的文字。可用变量为 {buyerName}、{orderNumber}、{trackingNumber} 和 {agentName}，大小写须完全一致。',
        did_you_mean: '是否想输入 %{suggestion}？',
      },
      empty: '还没有快捷回复',
      invite: '把团队最常用的回答写成快捷回复，客服几秒就能回复。',
      read_only: '你的角色可以查看团队的快捷回复，但不能修改。',
      notifications: {
        created: '快捷回复已保存',
        updated: '快捷回复已保存',
      },
      confirm_delete: {
        title: '删除快捷回复“%{title}”？',
        content: '删除后客服在回复框中将找不到它，且无法恢复。',
      },
    },
    'service-settings': {
      name: '客服设置 |||| 客服设置',
      fields: {
        approvalThresholdFen: '售后审批金额上限',
        updatedAt: '最近修改',
      },
      helpers: {
        approvalThresholdFen: '客服可直接同意不超过此金额的退款；超过此金额须由品牌管理员审批。',
      },
      page: {
        title: '客服设置',
      },
      sections: {
        after_sales: '售后审批',
      },
      read_only: '只有品牌管理员可以修改这些设置。',
      explain_threshold: '客服可直接同意不超过 %{amount} 的退款；超过此金额须由品牌管理员审批。',
      notifications: {
        updated: '客服设置已保存',
      },
      no_brand: '客服设置属于品牌，你的账号不属于任何品牌。',
    },
  },
  afterSales: {
    threshold_too_high: '金额上限不能超过 ¥100,000',
  },
};
