// Messages (zh) of the servicePlatform work: the `code` and `errors` values the mock platform's
// conversation, presence and quick-reply endpoints answer. Merged into the catalogue by ./index.ts.
export const servicePlatformMessages = {
  conversations: {
    not_assignee: '该会话由其他同事负责。接手后才能回复；你仍可以添加内部备注。',
    assignee_not_staff: '会话只能分配给本品牌在职的客服或管理员。',
    snooze_in_past: '请选择一个未来的时间作为稍后处理的时间。',
    unknown_product: '该商品不属于你的品牌。',
    unknown_order: '该订单不属于你的品牌。',
    period_reversed: '时间段的结束早于开始。',
    none_open: '没有可供演示买家发消息的进行中会话。',
  },
};
