import { accounts, expect, openConsoleAs, test } from './fixtures';
import {
  consoleErrorsOf,
  conversationPane,
  expectLive,
  lulu,
  openConversation,
  startWithoutTheBrowsersSignIn,
  thread,
} from './serviceWorkbench';

test('an agent and their admin in one conversation see each other, their notes and replies live', async ({
  page: agentPage,
  context,
}) => {
  await openConsoleAs(agentPage, accounts.lumiereAgent);
  await openConversation(agentPage, lulu.conversationId, lulu.buyerName);
  await expectLive(agentPage);

  // The admin works in a second tab of the same browser, signed in as herself.
  const adminPage = await context.newPage();
  const adminConsoleErrors = consoleErrorsOf(adminPage);
  await startWithoutTheBrowsersSignIn(adminPage);
  await openConsoleAs(adminPage, accounts.lumiereAdmin);
  await openConversation(adminPage, lulu.conversationId, lulu.buyerName);
  await expectLive(adminPage);

  const agentPane = conversationPane(agentPage, lulu.buyerName);
  const adminPane = conversationPane(adminPage, lulu.buyerName);
  await expect(agentPane.getByText('Camille Laurent is viewing')).toBeVisible();
  await expect(adminPane.getByText('林佳怡 is viewing')).toBeVisible();

  // 林佳怡 handles the conversation: the admin may leave notes (or take it over), not reply.
  await expect(
    adminPane.getByText('林佳怡 is handling this conversation. You can leave internal notes.'),
  ).toBeVisible();
  const noteBox = adminPane.getByRole('textbox', { name: 'Internal note (staff only)' });
  const note = '这位买家是老客户，退款可以优先处理。';
  await noteBox.pressSequentially(note.slice(0, 6));
  await expect(agentPane.getByText('Camille Laurent is typing…')).toBeVisible();
  await noteBox.fill(note);
  await adminPane.getByRole('button', { name: 'Save note' }).click();
  await expect(
    thread(agentPage).getByRole('article', { name: /^Internal note by Camille Laurent/ }),
  ).toContainText(note);

  const reply = '您好，已为您加急处理，请留意物流信息。';
  const replyBox = agentPane.getByRole('textbox', { name: 'Reply to the buyer' });
  await replyBox.fill(reply);
  await agentPane.getByRole('button', { name: 'Send reply' }).click();
  await expect(
    thread(agentPage)
      .getByRole('article', { name: /^林佳怡/ })
      .last(),
  ).toContainText(reply);
  await expect(thread(adminPage).getByText(reply)).toBeVisible();

  // Each tab kept its own sign-in throughout.
  await expect(agentPane.getByText('Assigned to you (林佳怡)')).toBeVisible();
  await expect(adminPane.getByText('Assigned to 林佳怡')).toBeVisible();
  expect(adminConsoleErrors, 'browser console errors in the admin tab').toEqual([]);
});
