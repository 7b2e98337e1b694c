import { test as base, expect, type Page } from '@playwright/test';

export const PASSWORD = 'demo1234';

export const accounts = {
  lumiereAdmin: 'admin@lumiere.example',
  lumiereMarketer: 'marketer@lumiere.example',
  lumiereAgent: 'agent@lumiere.example',
  kiwiAdmin: 'admin@kiwivital.example',
  yunshanAdmin: 'admin@yunshan.example',
  nordBloomAdmin: 'admin@nordbloom.example',
  moderator: 'moderator@red.example',
} as const;

/**
 * Responses the journeys provoke on purpose (401 after expiry, 404 for another brand's record, 409, 422) are
 * logged by Chromium as "Failed to load resource"; anything else in the console is a defect.
 */
const provokedStatus =
  /Failed to load resource: the server responded with a status of (401|403|404|409|422|423)/;

interface Fixtures {
  /** Console errors a journey provokes on purpose (e.g. the platform made unreachable). */
  expectedConsoleErrors: RegExp[];
  /** Fails the journey on any browser console error and on any request to another host. */
  guard: void;
}

export const test = base.extend<Fixtures>({
  expectedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const problems: string[] = [];
      const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        const text = message.text();
        const expected =
          provokedStatus.test(text) || expectedConsoleErrors.some((pattern) => pattern.test(text));
        if (message.type() === 'error' && !expected) problems.push(text);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (/^https?:/.test(url) && new URL(url).origin !== ownOrigin)
          problems.push(`request to another host: ${url}`);
      });
      await use();
      expect(problems, 'browser console errors and foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Opens the console and signs in; the journey then starts on the dashboard. */
export async function openConsoleAs(page: Page, email: string): Promise<void> {
  await page.goto('/');
  await signInAndWait(page, email);
}

/** Signs in on the sign-in page and waits until the console has taken the user where it takes them. */
export async function signInAndWait(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await expect(page.getByRole('button', { name: 'Profile' })).toBeVisible();
}

/** The console's side menu (react-admin renders it with role "menu"). */
export const sideMenu = (page: Page) => page.getByRole('main').getByRole('menu').first();

/** Calls a control endpoint of the embedded mock platform from inside the page (same service worker). */
export async function platformControl(
  page: Page,
  path: string,
  body?: unknown,
  method = 'POST',
): Promise<void> {
  const status = await page.evaluate(
    async ([url, payload, verb]) => {
      const response = await fetch(url as string, {
        method: verb as string,
        headers: { 'Content-Type': 'application/json' },
        body: payload === undefined ? undefined : JSON.stringify(payload),
      });
      return response.status;
    },
    [`/api/v1/__platform/${path}`, body, method],
  );
  expect(status).toBeLessThan(300);
}

/** Calls the platform API from inside the page as the signed-in user (what another tab or colleague would do). */
export async function apiAsSignedInUser<T>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  return page.evaluate(
    async ([verb, url, payload]) => {
      // Each tab keeps its own session; a new tab starts from the browser's latest sign-in.
      const stored = sessionStorage.getItem('red.session') ?? localStorage.getItem('red.session');
      const session = JSON.parse(stored ?? 'null') as { token: string } | null;
      const response = await fetch(`/api/v1${url as string}`, {
        method: verb as string,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session?.token ?? ''}` },
        body: payload === undefined ? undefined : JSON.stringify(payload),
      });
      return response.json();
    },
    [method, path, body] as const,
  ) as Promise<T>;
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
}
