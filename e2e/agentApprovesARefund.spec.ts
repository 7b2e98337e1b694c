import { accounts, expect, openConsoleAs, test } from './fixtures';
import { mia, openConversation } from './serviceWorkbench';

test('an agent approves a refund from the buyer context and the order shows it', async ({ page }) => {
  await openConsoleAs(page, accounts.lumiereAgent);
  await openConversation(page, mia.conversationId, mia.buyerName);

  const context = page.getByRole('complementary', { name: `Orders and after-sales of ${mia.buyerName}` });
  const request = context.getByRole('article', { name: `After-sales for ${mia.orderNumber}` });
  await expect(request).toContainText('Refund only');
  await expect(request).toContainText('¥129.00');
  // Cross-border: approved automatically 96 h after the request (seeded 20 h ago).
  await expect(request.getByText(/^Auto-approves in 3 d \d+ h$/)).toBeVisible();

  await request.getByRole('button', { name: `Approve request for ${mia.orderNumber}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve this request?' });
  await expect(dialog).toContainText('¥129.00 will be refunded to the buyer. This cannot be undone.');
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Request approved: the order shows the refund.')).toBeVisible();

  await expect(request).toContainText('Approved');
  await expect(request).toContainText('Decided by 林佳怡');
  await expect(request.getByRole('button', { name: /Approve/ })).toHaveCount(0);
  await expect(request.getByText(/Auto-approves in/)).toHaveCount(0);
  const order = context.getByRole('article', { name: mia.orderNumber, exact: true });
  await expect(order).toContainText(/Refunded (CN)?¥129\.00/);

  await order.getByRole('link', { name: mia.orderNumber }).click();
  await expect(page).toHaveURL(new RegExp(`#/orders/${mia.orderId}/show`));
  await expect(page.getByRole('main')).toContainText(/Refunded\s*(CN)?¥129\.00/);
});
