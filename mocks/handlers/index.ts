import { auditLogHandlers } from './auditLog';
import { brandHandlers } from './brands';
import { claimDictionaryHandlers } from './claimDictionary';
import { dashboardHandlers } from './dashboard';
import { moderationHandlers } from './moderation';
import { platformHandlers } from './platform';
import { productHandlers } from './products';
import { productTransitionHandlers } from './productTransitions';
import { sessionHandlers } from './session';
import { teamHandlers } from './team';

/** The whole mock platform, shared by the browser worker, the Vitest server and the HTTP server. */
export const handlers = [
  ...platformHandlers,
  ...sessionHandlers,
  ...dashboardHandlers,
  ...brandHandlers,
  ...teamHandlers,
  ...productHandlers,
  ...productTransitionHandlers,
  ...moderationHandlers,
  ...claimDictionaryHandlers,
  ...auditLogHandlers,
];
