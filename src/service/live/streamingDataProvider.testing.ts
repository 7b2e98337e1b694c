// Tests only: the real dataProvider without the http client's GET retries, so a test counting how often
// the event stream was opened sees each attempt of the live connection exactly once.
import { createDataProvider } from '../../api/dataProvider';
import { createHttpClient } from '../../api/httpClient';
import { sessionStore } from '../../api/sessionStore';

export const streamingDataProvider = createDataProvider(
  createHttpClient({
    baseURL: new URL('/api/v1', window.location.href).href,
    getToken: () => sessionStore.read()?.token ?? null,
    retries: 0,
  }),
);
