import { http } from 'msw';
import { z } from 'zod';
import { presenceStateSchema } from '../../src/api';
import { parseBody } from '../lib/body';
import { findConversation } from '../lib/conversationQueries';
import { othersIn, sayPresence } from '../lib/presenceRows';
import { apiPath, json, noContent, route } from '../lib/route';

const presenceRequestSchema = z.object({ state: presenceStateSchema });

export const presenceHandlers = [
  http.get(
    apiPath('/conversations/:id/presence'),
    route('conversations', 'show', ({ caller, params }) =>
      json(othersIn(findConversation(caller, params.id).id, caller.user, Date.now())),
    ),
  ),
  http.post(
    apiPath('/conversations/:id/presence'),
    route('conversations', 'edit', async ({ caller, params, request }) => {
      const conversation = findConversation(caller, params.id);
      const { state } = await parseBody(request, presenceRequestSchema);
      sayPresence(conversation, caller.user, state, Date.now());
      return noContent();
    }),
  ),
];
