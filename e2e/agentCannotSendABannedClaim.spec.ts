import { accounts, expect, openConsoleAs, test } from './fixtures';
import {
  conversationPane,
  countMessagesWithBody,
  mia,
  openConversation,
  platformMessages,
  thread,
} from './serviceWorkbench';

test('an agent cannot send 全网第一 to a buyer, but may write it in an internal note', async ({ page }) => {
  await openConsoleAs(page, accounts.lumiereAgent);
  await openConversation(page, mia.conversationId, mia.buyerName);
  const sentMessages: string[] = [];
  page.on('request', (request) => {
    if (
      request.method() === 'POST' &&
      request.url().includes(`/conversations/${mia.conversationId}/messages`)
    )
      sentMessages.push(request.postData() ?? '');
  });
  const before = (await platformMessages(page, mia.conversationId)).length;

  const pane = conversationPane(page, mia.buyerName);
  const claim = '我们的面霜全网第一';
  const replyBox = pane.getByRole('textbox', { name: 'Reply to the buyer' });
  await replyBox.fill(claim);

  // The claim is marked where it was typed, as blocking; the reply cannot go out.
  const mark = pane.locator('mark[data-severity="block"]').first();
  await expect(mark).toBeVisible();
  await expect(mark).toContainText('第一');
  const send = pane.getByRole('button', { name: 'Send reply' });
  await expect(send).toBeDisabled();
  await replyBox.press('Control+Enter');
  await expect(
    pane.getByText('This reply cannot be sent: remove the claims marked in the text.'),
  ).toBeVisible();
  await expect(replyBox).toHaveValue(claim);
  expect(sentMessages).toEqual([]);
  expect(await platformMessages(page, mia.conversationId)).toHaveLength(before);

  // Buyers never read notes, so a note to colleagues quoting the buyer's wording is not checked.
  await pane.getByRole('button', { name: 'Internal note' }).click();
  const noteBox = pane.getByRole('textbox', { name: 'Internal note (staff only)' });
  await noteBox.fill(claim);
  await pane.getByRole('button', { name: 'Save note' }).click();
  await expect(thread(page).getByRole('article', { name: /^Internal note by 林佳怡/ })).toContainText(claim);
  expect(await countMessagesWithBody(page, mia.conversationId, claim)).toBe(1);
  const [note] = (await platformMessages(page, mia.conversationId)).filter((m) => m.body === claim);
  expect(note?.internal).toBe(true);
});
