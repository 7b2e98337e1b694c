import { accounts, expect, openConsoleAs, platformControl, test } from './fixtures';
import {
  connectionStatus,
  conversationPane,
  countMessagesWithBody,
  expectLive,
  mia,
  openConversation,
  thread,
} from './serviceWorkbench';

// The offline fault drops every API call, which Chromium logs; that is the point of this journey.
test.use({ expectedConsoleErrors: [/net::ERR_FAILED/] });

test('a reply typed while the platform is unreachable waits, then is sent once when it is back', async ({
  page,
}) => {
  await openConsoleAs(page, accounts.lumiereAgent);
  await openConversation(page, mia.conversationId, mia.buyerName);
  await expectLive(page);

  await platformControl(page, 'faults', { offline: true }, 'PUT');
  await expect(connectionStatus(page)).toHaveText(/^(Reconnecting|Offline)/);

  const pane = conversationPane(page, mia.buyerName);
  const reply = '您好 Mia，退款已在处理中，请稍候。';
  const replyBox = pane.getByRole('textbox', { name: 'Reply to the buyer' });
  await replyBox.fill(reply);
  await pane.getByRole('button', { name: 'Send reply' }).click();
  const queued = thread(page).getByRole('article', { name: 'Reply not sent yet' });
  await expect(queued).toContainText(reply);
  await expect(queued.getByRole('status')).toHaveText('Waiting to send');

  await platformControl(page, 'faults', { offline: false }, 'PUT');
  // The console reconnects by itself with back-off; the button only saves waiting for the next attempt.
  await expectLive(page);
  await expect(queued).toBeHidden();
  await expect(thread(page).getByText(reply)).toHaveCount(1);
  expect(await countMessagesWithBody(page, mia.conversationId, reply)).toBe(1);
});
