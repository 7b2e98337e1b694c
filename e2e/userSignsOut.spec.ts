import { accounts, expect, openConsoleAs, test } from './fixtures';

test('a brand admin signs out and cannot go back without signing in', async ({ page }) => {
  await openConsoleAs(page, accounts.lumiereAdmin);
  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  await page.goto('/#/products');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});
