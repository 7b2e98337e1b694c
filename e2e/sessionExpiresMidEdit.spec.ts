import { accounts, expect, openConsoleAs, platformControl, signIn, test } from './fixtures';

test('a session that expires mid-edit keeps the typed input after signing in again', async ({ page }) => {
  await openConsoleAs(page, accounts.lumiereMarketer);
  await page.goto('/#/products/prod-lumiere-0001');
  const englishName = page.getByRole('textbox', { name: 'English name' });
  await expect(englishName).not.toHaveValue('');
  await englishName.fill('Rose Essence Toner, autumn edition');

  await platformControl(page, 'sessions/expire');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByText(/session has expired/i)).toBeVisible();
  await signIn(page, accounts.lumiereMarketer);

  await expect(page).toHaveURL(/#\/products\/prod-lumiere-0001$/);
  await expect(englishName).toHaveValue('Rose Essence Toner, autumn edition');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Product saved')).toBeVisible();
});
