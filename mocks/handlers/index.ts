import { brandHandlers } from './brands';
import { dashboardHandlers } from './dashboard';
import { platformHandlers } from './platform';
import { productHandlers } from './products';
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
];
