import type { Problem, Session } from '../../src/api';
import { DEMO_PASSWORD } from '../db/seed';

/** Tests call the platform as the console does: plain fetch against the API base URL. */
export const API = 'http://localhost/api/v1';

export const demoAccounts = {
  brand_admin: 'admin@lumiere.example',
  brand_marketer: 'marketer@lumiere.example',
  cs_agent: 'agent@lumiere.example',
  moderator: 'moderator@red.example',
} as const;

/** Further named accounts: the brand that has just signed up (draft verification, store not open). */
export const extraAccounts = {
  nordbloomAdmin: 'admin@nordbloom.example',
} as const;

interface CallOptions {
  token?: string;
  method?: string;
  body?: unknown;
}

export async function call(
  path: string,
  { token, method = 'GET', body }: CallOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  // Multipart (uploads): fetch writes the Content-Type with its boundary itself.
  if (body instanceof FormData) return fetch(`${API}${path}`, { method, headers, body });
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(`${API}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The parsed body, typed by the caller: tests assert its shape themselves. */
export const bodyOf = async <T>(response: Response): Promise<T> => (await response.json()) as T;
export const problemOf = (response: Response) => bodyOf<Problem>(response);

export const signInRequest = (email: string, password = DEMO_PASSWORD) =>
  call('/session', { method: 'POST', body: { email, password } });

export async function signIn(email: string): Promise<string> {
  const response = await signInRequest(email);
  if (response.status !== 201) throw new Error(`sign-in as ${email} answered ${response.status}`);
  return (await bodyOf<Session>(response)).token;
}

/** POST /files as the console's uploadFile sends it: multipart with `purpose` and `file`. */
export function upload(token: string, purpose: string, bytes: Uint8Array, name: string, type = 'image/png') {
  const form = new FormData();
  form.append('purpose', purpose);
  form.append('file', new File([bytes.slice()], name, { type }));
  return call('/files', { token, method: 'POST', body: form });
}
