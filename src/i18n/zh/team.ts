// Messages of the team area (zh). Owned by the team area; merged into the catalogue by ./index.ts.
export const teamMessages = {
  resources: {
    team: {
      name: '团队成员 |||| 团队',
      fields: {
        name: '姓名',
        email: '邮箱',
        role: '角色',
        status: '状态',
        lastSignInAt: '最近登录',
        createdAt: '邀请时间',
        q: '搜索',
      },
      statuses: {
        invited: '已邀请',
        active: '正常',
        deactivated: '已停用',
      },
      never_signed_in: '从未登录',
      page: {
        create: '邀请团队成员',
      },
      actions: {
        invite: '邀请',
        deactivate: '停用',
        reactivate: '重新启用',
      },
      confirm: {
        deactivate_title: '确定停用 %{name}？',
        deactivate_content: '对方将被退出登录，重新启用前无法再登录。',
        reactivate_title: '确定重新启用 %{name}？',
        reactivate_content: '对方将可以以当前角色重新登录。',
      },
      yourself_role: '你不能修改自己的角色。',
      yourself: '你不能停用自己的账号。',
      empty: '还没有团队成员',
      invite: '邀请在小红书上运营品牌的同事加入。',
      notifications: {
        invited: '邀请已发送至 %{email}',
        deactivated: '已停用 %{name}',
        reactivated: '已重新启用 %{name}',
        updated: '团队成员已保存',
      },
    },
  },
  team: {
    errors: {
      email_taken: '该邮箱已在团队中。',
      not_yourself: '你不能停用自己或降低自己的角色。',
    },
  },
};
