// Messages (zh) of the serviceLive work; merged into the catalogue by ./index.ts.
export const serviceLiveMessages = {
  service: {
    live: {
      state: {
        connecting: '连接中…',
        live: '实时',
        reconnecting: '正在重新连接…',
        reconnecting_in: '%{seconds} 秒后重新连接…',
        offline: '离线',
      },
      description: {
        connecting: '正在建立与平台的实时连接。',
        live: '买家发来的新消息会实时显示。',
        reconnecting: '实时连接已断开，新消息可能延迟；回复会排队，重新连接后发送。',
        offline: '已离线 – 恢复网络后将自动发送回复。',
      },
      reconnect_now: '立即重连',
      outbox: {
        pending: '等待发送',
        sending: '发送中…',
        failed: '未发送',
      },
      figures: {
        label: '今日回复数据',
        rate: '3 分钟回复率',
        rate_short: '3分钟',
        average: '平均首次回复',
        average_short: '平均',
        me: '我',
        team: '团队',
        none: '—',
        loading: '正在加载回复数据…',
        error: '暂时无法获取回复数据',
        duration_seconds: '%{seconds} 秒',
        duration_minutes: '%{minutes} 分 %{seconds} 秒',
        help: '今日服务时间（北京时间 09:00–23:00）内，买家消息在 3 分钟内得到人工回复的比例。',
      },
    },
  },
};
