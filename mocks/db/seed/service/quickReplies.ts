import type { QuickReply } from '../../../../src/api';
import { DAY_MS, iso } from './clock';

type Template = [title: string, body: string];

// Claim-checked like any reply: plain service wording, variables of src/domain/service/quickReplyTemplate.ts.
const templates: Record<string, { author: string; rows: Template[] }> = {
  lumiere: {
    author: 'Camille Laurent',
    rows: [
      [
        '发货通知 / Shipping notice',
        '您好 {buyerName}，您的订单 {orderNumber} 已发货，运单号 {trackingNumber}。',
      ],
      ['问候 / Greeting', '您好 {buyerName}，我是客服{agentName}，很高兴为您服务～'],
      [
        '清关实名 / Customs ID',
        '您好 {buyerName}，订单 {orderNumber} 清关需要订购人身份证与支付人一致，请在订单详情补充后告诉我，我会为您重新申报。',
      ],
      [
        '售后受理 / After-sales received',
        '您好 {buyerName}，已收到订单 {orderNumber} 的售后申请，我们会在 24 小时内处理，请留意通知。',
      ],
      ['肤质建议 / Skin advice', '您好 {buyerName}，可以告诉我您的肤质和主要困扰吗？我帮您挑选合适的产品。'],
      ['结束语 / Closing', '感谢您的耐心，{agentName}祝您生活愉快～有问题随时找我们。'],
    ],
  },
  kiwivital: {
    author: 'Aroha Williams',
    rows: [
      [
        'Shipping notice / 发货通知',
        'Kia ora {buyerName}! Your order {orderNumber} is on its way, tracking number {trackingNumber}.',
      ],
      [
        'Customs ID / 清关实名',
        '您好 {buyerName}，跨境订单 {orderNumber} 需要核对订购人身份证信息，请在订单详情补充。',
      ],
      ['Closing / 结束语', 'Thanks for your patience, {buyerName}. {agentName} from Kiwi Vital.'],
    ],
  },
  yunshan: {
    author: '陈云',
    rows: [
      ['发货通知', '您好 {buyerName}，您的订单 {orderNumber} 已发货，运单号 {trackingNumber}，请注意查收。'],
      ['冲泡建议', '您好 {buyerName}，岩茶建议用 95℃ 以上的水快出汤，前三泡 5–10 秒即可。'],
      ['结束语', '感谢您选择云山茶，{agentName}祝您品茶愉快～'],
    ],
  },
};

const brandIdOf = (slug: string) => `brand-${slug}`;

export function seedQuickReplies(now: number): QuickReply[] {
  return Object.entries(templates).flatMap(([slug, { author, rows }]) =>
    rows.map(([title, body], index) => {
      const at = iso(now - (90 - index * 7) * DAY_MS);
      return {
        id: `qr-${slug}-${String(index + 1).padStart(2, '0')}`,
        version: 1,
        createdAt: at,
        updatedAt: at,
        brandId: brandIdOf(slug),
        title,
        body,
        createdByName: author,
      };
    }),
  );
}
