import { accounts, expect, signIn, test } from './fixtures';

test('a wrong password, an unknown user and a locked account each get a clear message', async ({ page }) => {
  await page.goto('/');
  await signIn(page, accounts.lumiereAdmin, 'not-the-password');
  await expect(page.getByText("That password isn't right")).toBeVisible();

  await signIn(page, 'nobody@lumiere.example');
  await expect(page.getByText("There's no account with this email address")).toBeVisible();

  // Five failures in a row lock the account: then even the right password is refused.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await signIn(page, accounts.yunshanAdmin, 'wrong');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  }
  await signIn(page, accounts.yunshanAdmin);
  await expect(page.getByText(/locked/i)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});
