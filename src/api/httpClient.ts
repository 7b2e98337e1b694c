import axios, { isAxiosError, isCancel, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';

export interface HttpClientOptions {
  baseURL: string;
  getToken: () => string | null;
  /** Attempts after the first one for idempotent reads that failed on the network. */
  retries?: number;
  /** First back-off delay; it doubles on each attempt. */
  retryDelayMs?: number;
  timeoutMs?: number;
}

type RetryableConfig = InternalAxiosRequestConfig & { retryCount?: number };

const wait = (ms: number, signal?: GenericAbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener?.('abort', () => {
      clearTimeout(timer);
      reject(new axios.CanceledError());
    });
  });

type GenericAbortSignal = NonNullable<InternalAxiosRequestConfig['signal']>;

/** Network failures and gateway hiccups are worth another try; an answer the server meant is not. */
const isTransient = (error: unknown) =>
  isAxiosError(error) &&
  !isCancel(error) &&
  (!error.response || [502, 503, 504].includes(error.response.status));

/** The one HTTP client of the console: bearer token, arrays as repeated params, retry with back-off for GETs. */
export function createHttpClient(options: HttpClientOptions): AxiosInstance {
  const { retries = 2, retryDelayMs = 300, timeoutMs = 15_000 } = options;
  const client = axios.create({
    baseURL: options.baseURL,
    timeout: timeoutMs,
    headers: { Accept: 'application/json, application/problem+json' },
    paramsSerializer: { indexes: null },
  });

  client.interceptors.request.use((config) => {
    const token = options.getToken();
    if (token) config.headers.set('Authorization', `Bearer ${token}`);
    return config;
  });

  client.interceptors.response.use(undefined, async (error: unknown) => {
    if (!isTransient(error) || !isAxiosError(error) || !error.config) throw error;
    const config = error.config as RetryableConfig;
    const attempt = config.retryCount ?? 0;
    if (config.method?.toLowerCase() !== 'get' || attempt >= retries) throw error;
    config.retryCount = attempt + 1;
    await wait(retryDelayMs * 2 ** attempt, config.signal);
    return client.request(config);
  });

  return client;
}
