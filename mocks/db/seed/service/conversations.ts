import type { Conversation, ConversationStatus, Message, OrderCard, ProductCard } from '../../../../src/api';
import { chinaDayOf } from '../../../../src/domain/service';
import type { StoredOrder } from '../../types';
import type { Random } from '../random';
import { DAY_MS, HOUR_MS, MINUTE_MS, iso } from './clock';
import type { Buyer, ServiceBrand, Staff } from './people';
import { sessionsFor, type Shape } from './sessions';
import { stateOf } from './summary';
import { timeSessions, writeThread, type Session } from './threads';

export interface BrandService {
  brand: ServiceBrand;
  buyers: Buyer[];
  ordersOf: (buyerId: string) => StoredOrder[];
  productCards: ProductCard[];
  random: Random;
  now: number;
}

export interface ThreadPlan {
  number: number;
  shape: Shape;
  assignee: Staff | null;
  sessions: Session[];
  endAt: number;
  sessionGapHours?: [number, number];
  lastGaps?: number[];
  /** The order the buyer's order cards name, when not their newest. */
  orderCards?: OrderCard[];
}

const statusOf: Record<Shape, ConversationStatus> = {
  waiting: 'open',
  answered: 'open',
  pending: 'pending',
  snoozed: 'snoozed',
  resolved: 'resolved',
};

export const orderCardOf = (order: StoredOrder): OrderCard => ({
  orderId: order.id,
  number: order.number,
  totalFen: order.totalFen,
  status: order.status,
  itemCount: order.items.reduce((count, item) => count + item.quantity, 0),
});

/**
 * A time earlier today (China time), in service hours when today has had some, so that today's
 * reply figures have answered waits to count.
 */
export function earlierToday(now: number, random: Random): number {
  const { from } = chinaDayOf(now);
  const latest = Math.min(now - 10 * MINUTE_MS, from + 23 * HOUR_MS);
  const earliest = latest > from + 9 * HOUR_MS ? from + 9 * HOUR_MS : from;
  return latest <= earliest ? latest : random.int(earliest, latest);
}

// Unassigned buyers have waited this many minutes (conv 3, 4, …): some still inside the 3 minutes.
const unassignedWaits = [2, 4, 7, 12, 25, 45, 80, 150, 300, 600, 900];

/** Who waits, who is being served and who was served, by conversation number. */
export function planConversation(service: BrandService, number: number): ThreadPlan {
  const { brand, random, now } = service;
  const unassigned = brand.slug === 'lumiere' ? 12 : brand.conversationCount / 10;
  const active = brand.slug === 'lumiere' ? 150 : brand.conversationCount / 4;
  const staffFor = () => brand.agents[number % brand.agents.length];
  if (number <= unassigned) {
    const waitedMinutes = unassignedWaits[(number - 1) % unassignedWaits.length];
    return {
      number,
      shape: 'waiting',
      assignee: null,
      sessions: sessionsFor('waiting', brand.greeting, random),
      endAt: now - waitedMinutes * MINUTE_MS,
    };
  }
  if (number <= unassigned + active) {
    const shape = random.weighted({ waiting: 7, answered: 5, pending: 4, snoozed: 4 });
    const today = number - unassigned <= active * 0.3;
    const endAt = today ? earlierToday(now, random) : now - random.int(60, 72 * 60) * MINUTE_MS;
    return {
      number,
      shape,
      assignee: staffFor(),
      sessions: sessionsFor(shape, brand.greeting, random),
      endAt,
    };
  }
  const rank = number - unassigned - active;
  const resolvedCount = brand.conversationCount - unassigned - active;
  const endAt =
    rank <= 20
      ? earlierToday(now, random)
      : now - Math.round((rank / resolvedCount) * 60 * DAY_MS) - random.int(0, 600) * MINUTE_MS;
  const assignee = random.next() < 0.1 ? brand.admin : staffFor();
  return {
    number,
    shape: 'resolved',
    assignee,
    sessions: sessionsFor('resolved', brand.greeting, random),
    endAt,
  };
}

/** The conversation row and its messages, the row's summary derived from the messages. */
export function buildConversation(
  service: BrandService,
  plan: ThreadPlan,
): { conversation: Conversation; messages: Message[] } {
  const { brand, random, now } = service;
  const buyer = service.buyers[plan.number - 1];
  const conversationId = `conv-${brand.slug}-${String(plan.number).padStart(4, '0')}`;
  const orders = service.ordersOf(buyer.id);
  const steps = plan.sessions.flatMap((session) => session.steps);
  const times = timeSessions(plan.sessions, plan.endAt, random, plan.sessionGapHours, plan.lastGaps);
  const party = {
    conversationId,
    brandId: brand.brandId,
    buyer,
    staff: plan.assignee ?? brand.agents[0],
    orderCards: plan.orderCards ?? orders.map(orderCardOf),
    productCards: service.productCards,
  };
  const messages = writeThread(party, steps, times, random);
  const state = stateOf(messages);
  const status = statusOf[plan.shape];
  const conversation: Conversation = {
    id: conversationId,
    // Assignment and each status change bumped the version; a buyer writing does not.
    version: plan.assignee ? (status === 'open' ? 2 : 3) : 1,
    ...state,
    updatedAt: state.lastMessageAt,
    brandId: brand.brandId,
    buyerId: buyer.id,
    buyerName: buyer.name,
    crossBorder: brand.crossBorder,
    status,
    assigneeId: plan.assignee?.id ?? null,
    assigneeName: plan.assignee?.name ?? null,
    snoozedUntil: status === 'snoozed' ? iso(now + random.int(2, 20) * HOUR_MS) : null,
    orderIds: orders.map((order) => order.id),
  };
  return { conversation, messages };
}
