import type { Page } from '@playwright/test';
import { accounts, expect, openConsoleAs, test } from './fixtures';

// Scrolling a thousand conversations and a 500-message thread: the lists are virtualised (the page holds a
// screenful of rows, never all of them) and paged by the platform. Prints how long the long thread takes to
// open, to read against later runs.
test.use({ actionTimeout: 15_000 });

const requestsTo = (page: Page, pathEnd: string) => {
  const seen: URLSearchParams[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() === 'GET' && url.pathname.endsWith(pathEnd)) seen.push(url.searchParams);
  });
  return seen;
};

test('an agent scrolls all 1,000 conversations and the whole 500-message thread', async ({ page }) => {
  test.setTimeout(180_000);
  await openConsoleAs(page, accounts.lumiereAgent);
  const listRequests = requestsTo(page, '/api/v1/conversations');
  await page.goto('/#/conversations?view=all&status=any');
  const inbox = page.getByRole('region', { name: 'Conversations' });
  const rows = inbox.getByRole('link');
  await expect(rows.first()).toBeVisible();

  // To the end of the inbox: each time the last row shows, the next page loads; the page never holds them all.
  let mostRows = 0;
  const pagesLoaded = () =>
    new Set(
      listRequests.filter((params) => params.get('perPage') === '50').map((params) => params.get('page')),
    ).size;
  await rows.first().hover();
  await expect(async () => {
    await page.mouse.wheel(0, 4_000);
    mostRows = Math.max(mostRows, await rows.count());
    expect(pagesLoaded()).toBe(20);
  }).toPass({ timeout: 90_000 });
  expect(mostRows).toBeLessThan(100);
  for (const params of listRequests) expect(Number(params.get('perPage'))).toBeLessThanOrEqual(50);

  // The 500-message thread opens at the newest message.
  const messageRequests = requestsTo(page, '/messages');
  const started = Date.now();
  await page.goto('/#/conversations?view=mine&c=conv-lumiere-0001');
  const thread = page.getByRole('log');
  await expect(thread.getByRole('article').last()).toBeVisible({ timeout: 30_000 });
  console.log(`500-message thread: newest message visible ${Date.now() - started} ms after navigation`);

  // Up to its start: older pages load as the agent scrolls up, and only a screenful is in the page.
  let mostBubbles = 0;
  await thread.getByRole('article').last().hover();
  await expect(async () => {
    await page.mouse.wheel(0, -4_000);
    mostBubbles = Math.max(mostBubbles, await thread.getByRole('article').count());
    await expect(thread.getByText('Start of the conversation')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  expect(messageRequests.length).toBeGreaterThanOrEqual(5);
  for (const params of messageRequests) expect(Number(params.get('limit'))).toBeLessThanOrEqual(200);
  expect(mostBubbles).toBeLessThan(120);
});
