import { accounts, expect, openConsoleAs, sideMenu, test } from './fixtures';
import {
  buyerWrites,
  conversationPane,
  countMessagesWithBody,
  expectLive,
  mia,
  thread,
} from './serviceWorkbench';

test('an agent answers a buyer live with a quick reply and resolves the conversation', async ({ page }) => {
  await openConsoleAs(page, accounts.lumiereAgent);
  await sideMenu(page).getByRole('menuitem', { name: 'Inbox' }).click();
  await expectLive(page);

  // Mia is waiting and nobody has her yet: she is under "Unassigned", with the 3-minute reply clock.
  await page.getByRole('tab', { name: /Unassigned/ }).click();
  const miaRow = page.getByRole('link', { name: new RegExp(mia.buyerName) });
  await expect(miaRow.getByRole('timer')).toBeVisible();
  await miaRow.click();
  const pane = conversationPane(page, mia.buyerName);
  await expect(pane.getByRole('heading', { name: mia.buyerName })).toBeVisible();

  // The buyer writes from the app: the message arrives without reloading.
  const question = '请问我的退款什么时候到账？';
  await buyerWrites(page, mia.conversationId, question);
  await expect(thread(page).getByText(question)).toBeVisible();

  await pane.getByRole('button', { name: 'Quick replies' }).click();
  const picker = page.getByRole('dialog', { name: 'Quick replies' });
  await picker.getByText('发货通知 / Shipping notice').click();
  await expect(picker).toBeHidden();
  const replyBox = pane.getByRole('textbox', { name: 'Reply to the buyer' });
  await expect(replyBox).toHaveValue(new RegExp(`您好 ${mia.buyerName}，您的订单 ${mia.orderNumber} 已发货`));
  const reply = await replyBox.inputValue();

  await replyBox.press('Control+Enter');
  await expect(thread(page).getByText(reply)).toBeVisible();
  await expect(replyBox).toHaveValue('');
  await expect(pane.getByText(/Assigned to you/)).toBeVisible();

  // Esc leaves the reply box; then "e" resolves the open conversation.
  await replyBox.press('Escape');
  await expect(replyBox).not.toBeFocused();
  await page.keyboard.press('e');
  await expect(page.getByText('Conversation resolved.')).toBeVisible();
  await expect(pane.getByRole('button', { name: 'Reopen' })).toBeVisible();

  expect(await countMessagesWithBody(page, mia.conversationId, reply)).toBe(1);
});
