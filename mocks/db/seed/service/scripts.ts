/**
 * What buyers ask and agents answer, as scripts a thread is built from. `order`, `product` and
 * `image` steps become cards (the buyer's own order, one of the brand's products, a photo).
 * Agents' lines stay clear of banned advertising claims: the reply box would refuse them.
 */
export type ScriptStep =
  | { by: 'buyer' | 'agent' | 'note'; text: string }
  | { by: 'buyer'; card: 'order' | 'image' }
  | { by: 'agent'; card: 'product' };

const buyer = (text: string): ScriptStep => ({ by: 'buyer', text });
const agent = (text: string): ScriptStep => ({ by: 'agent', text });
const note = (text: string): ScriptStep => ({ by: 'note', text });

export const scripts: ScriptStep[][] = [
  [
    buyer('你好，我的订单什么时候发货呀？'),
    { by: 'buyer', card: 'order' },
    agent('亲，您的订单已在保税仓打包，出库后会同步运单号给您，一般 2–3 天送达～'),
    buyer('好的，谢谢！'),
  ],
  [
    buyer('Hi, customs asked me to verify my ID. What should I do?'),
    agent(
      '您好！跨境商品需要订购人实名信息与支付人一致，请在「订单详情 › 清关信息」补充身份证，我们会重新申报。 / Please add your ID under Order details › Customs and we will declare it again.',
    ),
    note('身份证姓名与支付人不一致，等买家修改后重新申报。'),
    buyer('Done, I updated it just now.'),
    agent(
      '收到，已为您重新申报，通常 24 小时内放行。 / Declared again; customs usually clears it within 24 hours.',
    ),
  ],
  [
    buyer('我是混油皮，夏天用哪款精华比较合适？'),
    agent('混油皮推荐清爽型，质地轻薄、吸收快；两颊偏干的话可以局部叠加滋润型面霜。'),
    { by: 'agent', card: 'product' },
    buyer('敏感肌可以用吗？'),
    agent('配方不含酒精，建议先在耳后试用 24 小时，没有不适再用于全脸哦。'),
  ],
  [
    buyer('收到的瓶子有点漏液，可以退款吗？'),
    { by: 'buyer', card: 'image' },
    agent('非常抱歉给您带来不好的体验！照片已收到，麻烦在订单页申请售后，我们会优先处理。'),
    note('漏液已反馈仓库，留意同批次的其他订单。'),
    buyer('申请好了'),
    agent('看到您的申请了，正在为您处理，请留意退款通知。'),
  ],
  [
    buyer('Hello! Has my order shipped yet? I need it before the weekend.'),
    { by: 'buyer', card: 'order' },
    agent(
      'Hi! It left the warehouse this morning and usually arrives in 2–3 days. I will send you the tracking number as soon as the carrier scans it.',
    ),
  ],
  [
    buyer('想送朋友当生日礼物，可以帮忙包装并附贺卡吗？'),
    agent('可以的亲～下单时在备注里写上贺卡内容，我们会用礼盒包装好再寄出。'),
    { by: 'agent', card: 'product' },
    buyer('太好了，那我现在下单'),
  ],
  [
    buyer('退款申请提交三天了，还没有人处理？'),
    { by: 'buyer', card: 'order' },
    agent('抱歉让您久等了！我已经帮您加急，今天之内会给您答复。'),
    note('买家情绪较急，今天内必须处理售后。'),
  ],
];

/** What an agent says before setting a conversation to pending (waiting on the brand) or snoozing it. */
export const pendingLine =
  '我帮您联系仓库核实一下，稍后给您回复。 / Let me check with the warehouse and come back to you.';
export const snoozeLine =
  '好的，明天清关结果出来后我再联系您。 / I will contact you tomorrow once customs has answered.';
export const closingLine = '不客气，祝您生活愉快～有问题随时找我们。 / You are welcome, have a lovely day!';
/** A buyer writing again in a long-running conversation. */
export const followUps = [
  '在吗？想再问一下',
  '请问我的包裹到哪里了？',
  'Is there any news about my refund?',
  '上次推荐的精华用完了，想再买两瓶',
];
