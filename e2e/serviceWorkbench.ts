import type { Page } from '@playwright/test';
import { apiAsSignedInUser, expect, platformControl } from './fixtures';

/** Seed facts the journeys rely on (mocks/db/seed/service/). */
export const mia = {
  conversationId: 'conv-lumiere-0002',
  buyerName: 'Mia 米娅',
  orderNumber: 'RED2611200002',
  orderId: 'order-lumiere-0002',
} as const;

export const lulu = { conversationId: 'conv-lumiere-0001', buyerName: '小鹿Lulu' } as const;

interface PlatformMessage {
  body?: string;
  internal: boolean;
  author: string;
}

/** Opens one conversation of the workbench straight from its address, as a bookmarked link would. */
export async function openConversation(page: Page, conversationId: string, buyerName: string): Promise<void> {
  await page.goto(`/#/conversations?view=all&c=${conversationId}`);
  await expect(conversationPane(page, buyerName).getByRole('heading', { name: buyerName })).toBeVisible();
}

/** The middle pane of the workbench: the open conversation's bar, thread and reply box. */
export const conversationPane = (page: Page, buyerName: string) =>
  page.getByRole('region', { name: buyerName, exact: true });

/** The thread's messages (a live log). */
export const thread = (page: Page) => page.getByRole('log', { name: 'Messages' });

/** The live connection's state as announced to screen readers ("Live. New messages arrive…"). */
export const connectionStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^(Connecting|Live|Reconnecting|Offline)/ });

export async function expectLive(page: Page): Promise<void> {
  await expect(connectionStatus(page)).toHaveText(/^Live\./);
}

/** Makes the mock platform's demo buyer write in a conversation, as a real buyer would from the app. */
export async function buyerWrites(page: Page, conversationId: string, body: string): Promise<void> {
  await platformControl(page, 'buyer-messages', { conversationId, body });
}

/** The messages the platform holds for a conversation, read as the signed-in user. */
export async function platformMessages(page: Page, conversationId: string): Promise<PlatformMessage[]> {
  const page1 = await apiAsSignedInUser<{ data: PlatformMessage[] }>(
    page,
    'GET',
    `/conversations/${conversationId}/messages?limit=200`,
  );
  return page1.data;
}

/** How many messages of a conversation carry exactly this text. */
export async function countMessagesWithBody(
  page: Page,
  conversationId: string,
  body: string,
): Promise<number> {
  const messages = await platformMessages(page, conversationId);
  return messages.filter((message) => message.body === body).length;
}

/**
 * The fixture's guard watches the journey's first page only: a second page of the same journey gets the same
 * rule here (no console errors except the statuses a journey provokes on purpose). Check the answer at the end.
 */
export function consoleErrorsOf(page: Page): string[] {
  const provoked = /Failed to load resource: the server responded with a status of (401|403|404|409|422|423)/;
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !provoked.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/**
 * A second tab that signs in as someone else. A new tab adopts the browser's latest sign-in; this one
 * forgets it before the console loads (only while the tab has no session of its own), as if the browser
 * had none, so the first tab's session stays valid on the platform.
 */
export async function startWithoutTheBrowsersSignIn(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('red.session')) localStorage.removeItem('red.session');
  });
}
