// Messages (zh) of the ordersPlatform work: the `code` and `errors` values the mock platform's
// order, after-sales and service-settings endpoints answer (afterSales.threshold_too_high, a field
// error of the settings form, lives with that form in serviceAdmin.ts). Merged by ./index.ts.
export const ordersPlatformMessages = {
  afterSales: {
    needs_admin: '该金额超过品牌的审批额度，需要品牌管理员审批。',
    already_decided: '该售后申请已处理，已显示最新结果。',
  },
};
