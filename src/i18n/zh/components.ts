// Messages of the shared components (zh): draft notice, conflict dialog, record errors, money input.
export const componentsMessages = {
  components: {
    pane_error: {
      message: '页面的这一部分无法显示，其余部分仍可使用。',
      retry: '重试',
    },
    money: {
      too_many_decimals: '最多保留 2 位小数（1 分 = ¥0.01）。',
      not_a_number: '请输入以元为单位的金额，例如 129.90。',
    },
    draft: {
      restored: '已恢复你未保存的修改。',
      discard: '放弃修改',
    },
    conflict: {
      title: '你打开此记录后，其他人已修改了它',
      intro: '以下字段不一致。选择“保留我的修改”将保留你编辑过的内容，其他字段采用对方的版本。',
      no_differences: '对方修改的是你未编辑的字段。',
      field: '字段',
      yours: '你的版本',
      theirs: '对方的版本',
      unchanged: '你未修改',
      load_theirs: '载入对方的版本',
      keep_mine: '保留我的修改',
      kept: '已保留你的修改，其他字段已更新为对方的版本。现在保存将用你的内容覆盖对方对这些字段的修改。',
    },
    record_error: {
      back_to_list: '返回列表',
      not_found: {
        title: '未找到',
        body: '该记录不存在，或不属于你的品牌。',
      },
      forbidden: {
        title: '你没有权限访问此内容',
        body: '你的角色无法打开此页面。如有需要，请联系品牌管理员。',
      },
      load_failed: {
        title: '无法加载此记录',
        body: '平台暂无响应，请稍后重试。',
      },
    },
  },
};
