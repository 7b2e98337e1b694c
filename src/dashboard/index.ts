import { lazy } from 'react';

/** The home page, loaded on demand: it brings recharts, the heaviest dependency of the console. */
export const DashboardPage = lazy(() => import('./Dashboard'));
