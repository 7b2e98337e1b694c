import { http } from 'msw';
import { z } from 'zod';
import { MESSAGE_MAX_LENGTH } from '../../src/api';
import { db } from '../db/store';
import { parseBody } from '../lib/body';
import { activeConversationsOf, pickAtRandom, randomBuyerLine, writeAsBuyer } from '../lib/buyerMessages';
import { notFound, validationFailed } from '../lib/problem';
import { apiPath, controlRoute, json } from '../lib/route';

const buyerMessageSchema = z.object({
  conversationId: z.string().min(1).optional(),
  body: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(MESSAGE_MAX_LENGTH, 'validation.too_long')
    .optional(),
});

// The demo brand: the one the seed gives a full inbox.
const DEMO_BRAND = 'brand-lumiere';

/** Mock-only: makes a demo buyer write, for the tests, e2e journeys and a live demo. */
export const serviceDemoHandlers = [
  http.post(
    apiPath('/__platform/buyer-messages'),
    controlRoute(async ({ request }) => {
      const { conversationId, body } = await parseBody(request, buyerMessageSchema);
      const conversation = conversationId
        ? db.conversations.find(conversationId)
        : pickAtRandom(activeConversationsOf(DEMO_BRAND).filter((row) => row.status !== 'snoozed'));
      if (!conversation) {
        if (conversationId) throw notFound('conversation');
        throw validationFailed({ conversationId: 'conversations.none_open' });
      }
      return json(writeAsBuyer(conversation, body ?? randomBuyerLine()).message, 201);
    }),
  ),
];
