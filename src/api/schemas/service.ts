import { z } from 'zod';
import { recordMetaSchema } from './common';

/**
 * The customer-service workbench: buyers' conversations with a brand, their messages, agents'
 * presence, quick-reply templates, and the live event stream.
 *
 * A conversation's `version` changes only when staff change its state (assignment, status); what
 * follows from messages (last message, unread count, waiting since) is kept by the platform without
 * a new version, so a buyer writing never turns an agent's "take" into a conflict.
 */
export const conversationStatusSchema = z.enum(['open', 'pending', 'snoozed', 'resolved']);
export type ConversationStatus = z.infer<typeof conversationStatusSchema>;

/** GET /conversations?view=…: mine, unassigned, all, or breaching soon (waiting, under a minute left or past). */
export const inboxViewSchema = z.enum(['mine', 'unassigned', 'all', 'breaching']);
export type InboxView = z.infer<typeof inboxViewSchema>;

export const messageAuthorSchema = z.enum(['buyer', 'agent', 'auto', 'system']);
export type MessageAuthor = z.infer<typeof messageAuthorSchema>;

export const conversationSchema = recordMetaSchema.extend({
  brandId: z.string(),
  buyerId: z.string(),
  /** The buyer's RED nickname, shown as text. */
  buyerName: z.string(),
  /** Buyers of cross-border orders wait 96 h, not 72 h, before after-sales approve themselves. */
  crossBorder: z.boolean(),
  status: conversationStatusSchema,
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  snoozedUntil: z.string().nullable(),
  /** Buyer messages not yet read by the brand's staff. */
  unreadCount: z.number().int().nonnegative(),
  lastMessageAt: z.string(),
  lastMessageAuthor: messageAuthorSchema,
  /** The last message buyers can see, cut to 120 characters ("[image]" etc. for cards). */
  lastMessagePreview: z.string(),
  /** The first buyer message no human has answered yet; null when nothing waits. */
  waitingSince: z.string().nullable(),
  orderIds: z.array(z.string()),
});
export type Conversation = z.infer<typeof conversationSchema>;

export const conversationFilterSchema = z.object({
  view: inboxViewSchema.default('all'),
  status: conversationStatusSchema.optional(),
});

export const messageKindSchema = z.enum(['text', 'image', 'product', 'order']);
export type MessageKind = z.infer<typeof messageKindSchema>;

export const productCardSchema = z.object({
  productId: z.string(),
  name: z.string(),
  priceFen: z.number().int().nonnegative(),
  imageUrl: z.string().nullable(),
});
export type ProductCard = z.infer<typeof productCardSchema>;

export const orderCardSchema = z.object({
  orderId: z.string(),
  number: z.string(),
  totalFen: z.number().int().nonnegative(),
  status: z.string(),
  itemCount: z.number().int().positive(),
});
export type OrderCard = z.infer<typeof orderCardSchema>;

/** Messages are never edited: no version. `internal` notes are for staff only; buyers never see them. */
export const messageSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  brandId: z.string(),
  author: messageAuthorSchema,
  /** The staff member (agents, admins) or the buyer; null for auto-replies and system lines. */
  authorId: z.string().nullable(),
  authorName: z.string(),
  kind: messageKindSchema,
  body: z.string(),
  internal: z.boolean(),
  imageUrl: z.string().nullable(),
  product: productCardSchema.nullable(),
  order: orderCardSchema.nullable(),
  createdAt: z.string(),
  /** The key the sender made when the reply was typed; a second POST with it answers this message. */
  idempotencyKey: z.string().nullable(),
});
export type Message = z.infer<typeof messageSchema>;

export const MESSAGE_MAX_LENGTH = 2000;

/**
 * POST /conversations/:id/messages with header `Idempotency-Key`. Replies are claim-checked
 * (field `service_reply`); notes are not, buyers never read them. Only the assignee replies; a reply
 * to an unassigned conversation takes it. Cards name a product or an order of the brand.
 */
export const messageCreateSchema = z
  .object({
    kind: z.enum(['text', 'product', 'order']).default('text'),
    body: z.string().trim().max(MESSAGE_MAX_LENGTH, 'validation.too_long').default(''),
    internal: z.boolean().default(false),
    productId: z.string().optional(),
    orderId: z.string().optional(),
  })
  .superRefine((message, context) => {
    if (message.kind === 'text' && !message.body)
      context.addIssue({ code: 'custom', path: ['body'], message: 'validation.required' });
    if (message.kind === 'product' && !message.productId)
      context.addIssue({ code: 'custom', path: ['productId'], message: 'validation.required' });
    if (message.kind === 'order' && !message.orderId)
      context.addIssue({ code: 'custom', path: ['orderId'], message: 'validation.required' });
  });
export type MessageCreate = z.input<typeof messageCreateSchema>;

/** GET /conversations/:id/messages?before=<message id>&limit=100 answers {data: oldest first, total, hasMore}. */
export const messagePageSchema = z.object({
  data: z.array(messageSchema),
  total: z.number().int(),
  hasMore: z.boolean(),
});
export type MessagePage = z.infer<typeof messagePageSchema>;

/** POST /conversations/:id/assign {version, assigneeId}: take (own id), hand to a teammate, or release (null). */
export const assignRequestSchema = z.object({ version: z.number().int(), assigneeId: z.string().nullable() });
/** POST /conversations/:id/status {version, status, snoozedUntil (when snoozed)}. */
export const statusRequestSchema = z
  .object({
    version: z.number().int(),
    status: conversationStatusSchema,
    snoozedUntil: z.string().nullable().default(null),
  })
  .refine((request) => request.status !== 'snoozed' || request.snoozedUntil !== null, {
    path: ['snoozedUntil'],
    message: 'validation.required',
  });

export const presenceStateSchema = z.enum(['viewing', 'typing', 'left']);
export type PresenceState = z.infer<typeof presenceStateSchema>;

/**
 * POST /conversations/:id/presence {state}: staff say they are looking at or typing in a conversation.
 * The platform forgets a viewer 30 s after their last word and a typist after 6 s.
 */
export const presenceSchema = z.object({
  conversationId: z.string(),
  userId: z.string(),
  userName: z.string(),
  state: presenceStateSchema,
  at: z.string(),
});
export type Presence = z.infer<typeof presenceSchema>;
export const PRESENCE_VIEWING_TTL_MS = 30_000;
export const PRESENCE_TYPING_TTL_MS = 6_000;

/** GET /conversations/:id/presence: who else is there now. */
export const presenceListSchema = z.array(presenceSchema);

/**
 * GET /service/events (text/event-stream, bearer token): the brand's live changes. Event names are
 * the `type`s; `data` is JSON. A `ready` event opens each connection; comments keep it alive.
 */
export const serviceEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), data: z.object({ at: z.string() }) }),
  z.object({ type: z.literal('message'), data: messageSchema }),
  z.object({ type: z.literal('conversation'), data: conversationSchema }),
  z.object({ type: z.literal('presence'), data: presenceSchema }),
]);
export type ServiceEvent = z.infer<typeof serviceEventSchema>;
export type ServiceEventType = ServiceEvent['type'];

/**
 * GET /service/reply-log?from&to: the brand's messages in that period, reduced to what the reply
 * figures need (src/domain/service replyFigures): the console computes today's rate from it and
 * keeps it current from the event stream.
 */
export const replyLogEntrySchema = z.object({
  conversationId: z.string(),
  at: z.string(),
  author: messageAuthorSchema,
  authorId: z.string().nullable(),
  internal: z.boolean(),
});
export type ReplyLogEntry = z.infer<typeof replyLogEntrySchema>;
export const replyLogSchema = z.object({ data: z.array(replyLogEntrySchema) });

const quickReplyFields = {
  title: z.string().trim().min(1, 'validation.required').max(60, 'validation.too_long'),
  /**
   * Claim-checked as `service_reply` with the variables left in; variables are those of
   * src/domain/service/quickReplyTemplate.ts ({buyerName}, {orderNumber}, {trackingNumber}, {agentName}).
   */
  body: z.string().trim().min(1, 'validation.required').max(1000, 'validation.too_long'),
};

export const quickReplySchema = recordMetaSchema.extend({
  brandId: z.string(),
  ...quickReplyFields,
  createdByName: z.string(),
});
export type QuickReply = z.infer<typeof quickReplySchema>;

export const quickReplyCreateSchema = z.object(quickReplyFields);
export const quickReplyUpdateSchema = z.object({ version: z.number().int(), ...quickReplyFields });
export type QuickReplyInput = z.input<typeof quickReplyCreateSchema>;

/** GET /service/agents: who a conversation may be assigned to. */
export const serviceAgentSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['brand_admin', 'cs_agent']),
});
export type ServiceAgent = z.infer<typeof serviceAgentSchema>;
export const serviceAgentsSchema = z.array(serviceAgentSchema);
