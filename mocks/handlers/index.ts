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
import { verificationHandlers } from './verification';
import { storeHandlers } from './stores';
import { fileHandlers } from './files';
import { productImportHandlers } from './productImports';
import { productBulkHandlers } from './productBulk';
import { conversationHandlers } from './conversations';
import { conversationMessageHandlers } from './conversationMessages';
import { presenceHandlers } from './presence';
import { serviceEventHandlers } from './serviceEvents';
import { quickReplyHandlers } from './quickReplies';
import { serviceDemoHandlers } from './serviceDemo';
import { orderHandlers } from './orders';
import { afterSalesHandlers } from './afterSales';
import { serviceSettingsHandlers } from './serviceSettings';

/** The whole mock platform, shared by the browser worker, the Vitest server and the HTTP server. */
export const handlers = [
  ...platformHandlers,
  ...sessionHandlers,
  ...dashboardHandlers,
  ...brandHandlers,
  ...teamHandlers,
  // Before the product handlers: /products/bulk and /products/export.csv are not product ids.
  ...productBulkHandlers,
  ...productHandlers,
  ...productTransitionHandlers,
  ...moderationHandlers,
  ...claimDictionaryHandlers,
  ...auditLogHandlers,
  ...verificationHandlers,
  ...storeHandlers,
  ...fileHandlers,
  ...productImportHandlers,
  ...conversationHandlers,
  ...conversationMessageHandlers,
  ...presenceHandlers,
  ...serviceEventHandlers,
  ...quickReplyHandlers,
  ...serviceDemoHandlers,
  ...orderHandlers,
  ...afterSalesHandlers,
  ...serviceSettingsHandlers,
];
