import {
  accounts,
  apiAsSignedInUser,
  expect,
  openConsoleAs,
  sideMenu,
  signInAndWait,
  signOut,
  test,
} from './fixtures';

interface Page<T> {
  data: T[];
}
interface ProductBody {
  id: string;
  title: string;
}

test('a warned description goes to the queue, the moderator rejects it with a reason, and the brand sees why', async ({
  page,
}) => {
  await openConsoleAs(page, accounts.lumiereMarketer);
  const drafts = await apiAsSignedInUser<Page<ProductBody>>(
    page,
    'GET',
    '/products?status=draft&perPage=1&sort=title',
  );
  const product = drafts.data[0];

  await page.goto(`/#/products/${product.id}`);
  const description = page.getByRole('textbox', { name: 'Description' });
  await description.fill('纯天然植物精华，温和保湿，适合敏感肌。');
  await expect(page.locator('mark[data-severity="warn"]').first()).toContainText('纯天然');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Product saved')).toBeVisible();

  await page.goto(`/#/products/${product.id}/show`);
  await expect(page.getByText("Waiting for RED's moderators")).toBeVisible();
  await page.getByRole('button', { name: 'List for sale' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /List for sale|Confirm/ })
    .click();
  await expect(page.getByText('Sent for review: it goes live once approved')).toBeVisible();
  await signOut(page);

  // The moderator finds it in the queue and rejects it, pointing at the claim.
  await signInAndWait(page, accounts.moderator);
  await sideMenu(page).getByRole('menuitem', { name: 'Review queue' }).click();
  await page.getByText(product.title).first().click();
  await expect(page.locator('mark[data-severity="warn"]').first()).toContainText('纯天然');
  await page.getByRole('button', { name: 'Reject' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Reason' }).click();
  await page.getByRole('option').first().click();
  await dialog
    .getByRole('textbox', { name: 'Explanation for the brand' })
    .fill('请提供“纯天然”的认证，或删除这一说法。');
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByText('Rejected. Here is the next item.')).toBeVisible();
  await signOut(page);

  // The brand sees the decision on its product, with the passage highlighted.
  await signInAndWait(page, accounts.lumiereMarketer);
  await page.goto(`/#/products/${product.id}/show`);
  await expect(page.getByText("Rejected by RED's moderators")).toBeVisible();
  await expect(page.getByText('请提供“纯天然”的认证，或删除这一说法。')).toBeVisible();
  await expect(page.locator('[data-passage]').first()).toContainText('纯天然');
});
