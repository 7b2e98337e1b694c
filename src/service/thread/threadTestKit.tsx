// Builders and a render helper for the thread's tests (imported by *.test.tsx only).
import { VirtuosoMockContext } from 'react-virtuoso';
import type { DataProvider } from 'react-admin';
import type { Conversation, Message, Order, QuickReply, Role } from '../../api';
import { renderInAdmin, testIdentity } from '../../test/renderInAdmin';
import { ConversationThread } from './ConversationThread';

const at = '2026-03-02T06:00:00Z';

export const buildConversation = (overrides: Partial<Conversation> = {}): Conversation => ({
  id: 'conv-1',
  version: 1,
  createdAt: at,
  updatedAt: at,
  brandId: 'brand-lumiere',
  buyerId: 'buyer-1',
  buyerName: 'Mia 米娅',
  crossBorder: true,
  status: 'open',
  assigneeId: testIdentity('cs_agent').id,
  assigneeName: 'Li Lei',
  snoozedUntil: null,
  unreadCount: 0,
  lastMessageAt: at,
  lastMessageAuthor: 'buyer',
  lastMessagePreview: '你好',
  waitingSince: at,
  orderIds: ['order-1'],
  ...overrides,
});

export const buildMessage = (overrides: Partial<Message> = {}): Message => ({
  id: 'm-1',
  conversationId: 'conv-1',
  brandId: 'brand-lumiere',
  author: 'buyer',
  authorId: 'buyer-1',
  authorName: 'Mia 米娅',
  kind: 'text',
  body: '你好',
  internal: false,
  imageUrl: null,
  product: null,
  order: null,
  createdAt: at,
  idempotencyKey: null,
  ...overrides,
});

export const buildOrder = (overrides: Partial<Order> = {}): Order => ({
  id: 'order-1',
  version: 1,
  createdAt: at,
  updatedAt: at,
  brandId: 'brand-lumiere',
  number: 'RED2611200002',
  buyerId: 'buyer-1',
  buyerName: 'Mia 米娅',
  buyerPhoneMasked: '138****5678',
  buyerAddressMasked: '上海市 浦东新区 ****',
  status: 'paid',
  items: [{ productId: 'p1', productName: '精华', skuSpec: '30ml', quantity: 1, unitPriceFen: 12_900 }],
  goodsFen: 12_900,
  shippingFen: 0,
  taxFen: 0,
  discountFen: 0,
  totalFen: 12_900,
  refundedFen: 0,
  crossBorder: true,
  customsStatus: 'pending',
  customsFailureReason: null,
  carrier: null,
  trackingNumber: null,
  tracking: [],
  placedAt: at,
  reveals: [],
  ...overrides,
});

export const buildQuickReply = (overrides: Partial<QuickReply> = {}): QuickReply => ({
  id: 'qr-1',
  version: 1,
  createdAt: at,
  updatedAt: at,
  brandId: 'brand-lumiere',
  title: '发货通知 / Shipping notice',
  body: '您好 {buyerName}，您的订单 {orderNumber} 已发货，运单号 {trackingNumber}。',
  createdByName: 'Camille Laurent',
  ...overrides,
});

export interface ThreadSetup {
  conversation?: Conversation;
  messages?: Message[];
  role?: Role;
  dataProvider?: Record<string, unknown>;
}

/** The thread in a sized, mocked viewport (jsdom has no layout) with a fake platform. */
export function renderThread(setup: ThreadSetup = {}) {
  const conversation = setup.conversation ?? buildConversation();
  const messages = setup.messages ?? [buildMessage()];
  const dataProvider = {
    getMessages: vi.fn(async () => ({ data: messages, total: messages.length, hasMore: false })),
    getClaimDictionary: async () => ({ version: 'v-test', entries: [] }),
    getMany: vi.fn(async () => ({ data: [buildOrder()] })),
    getList: vi.fn(async () => ({ data: [buildQuickReply()], total: 1 })),
    command: vi.fn(async () => ({ ...conversation, version: conversation.version + 1 })),
    ...setup.dataProvider,
  };
  const ui = (
    <VirtuosoMockContext.Provider value={{ viewportHeight: 600, itemHeight: 60 }}>
      <div style={{ height: 600 }}>
        <ConversationThread conversation={conversation} />
      </div>
    </VirtuosoMockContext.Provider>
  );
  // The fakes answer only what the thread asks; react-admin's generic signatures cannot be met by vi.fn literals.
  const fakes = dataProvider as unknown as Partial<DataProvider> & Record<string, unknown>;
  const view = renderInAdmin(ui, { role: setup.role ?? 'cs_agent', dataProvider: fakes });
  return { ...view, dataProvider, ui };
}
