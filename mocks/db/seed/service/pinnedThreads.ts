import { MINUTE_MS } from './clock';
import { orderCardOf, type BrandService, type ThreadPlan } from './conversations';
import { followUps, scripts } from './scripts';
import { closedSession } from './sessions';
import type { Session } from './threads';

export const LULU_MESSAGES = 500;

/**
 * 小鹿Lulu, a regular for weeks: exactly 500 messages (the long-thread case), held by 林佳怡, and she
 * has just written again (1 minute ago) after the agent's last answer.
 */
export function luluPlan(service: BrandService): ThreadPlan {
  const { brand, now } = service;
  const last: Session = {
    steps: [
      { by: 'buyer', text: followUps[0] },
      { by: 'agent', text: '在的，Lulu～请说。' },
      { by: 'buyer', text: followUps[3] },
    ],
  };
  const sessions: Session[] = [last];
  let count = last.steps.length;
  for (let index = 0; count < LULU_MESSAGES; index += 1) {
    const session = closedSession(scripts[index % scripts.length], index % 3 === 0 ? brand.greeting : null);
    sessions.unshift(session);
    count += session.steps.length;
  }
  // The oldest session loses its first lines, as if the history began mid-conversation.
  sessions[0] = { steps: sessions[0].steps.slice(count - LULU_MESSAGES) };
  return {
    number: 1,
    shape: 'waiting',
    assignee: brand.agents[0],
    sessions,
    endAt: now - MINUTE_MS,
    sessionGapHours: [5, 9],
    lastGaps: [40_000, 3 * MINUTE_MS],
  };
}

/**
 * Mia 米娅 asked about shipping days ago (answered), and has just sent her order and asked about the
 * refund she requested: unassigned, waiting since 30 s before the seed time.
 */
export function miaPlan(service: BrandService): ThreadPlan {
  const { brand, now } = service;
  const order = service.ordersOf('buyer-lumiere-0002').find((row) => row.id === 'order-lumiere-0002');
  if (!order) throw new Error('the seed lost order-lumiere-0002');
  return {
    number: 2,
    shape: 'waiting',
    assignee: null,
    sessions: [
      closedSession(scripts[0], null),
      {
        steps: [
          { by: 'buyer', card: 'order' },
          { by: 'auto', text: brand.greeting },
          {
            by: 'buyer',
            text: '你好，这个订单我申请了仅退款，商品还没拆封，请问多久能处理？ / I asked for a refund on this order, it is still sealed. How long will it take?',
          },
        ],
      },
    ],
    endAt: now - 15_000,
    sessionGapHours: [70, 80],
    lastGaps: [1_000, 14_000],
    orderCards: [orderCardOf(order)],
  };
}
