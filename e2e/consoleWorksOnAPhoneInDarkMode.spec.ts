import { accounts, expect, signIn, test } from './fixtures';

test.use({ viewport: { width: 375, height: 740 }, colorScheme: 'dark' });

test('an agent uses the console on a 375 px phone in dark mode', async ({ page }) => {
  await page.goto('/');
  await signIn(page, accounts.lumiereAgent);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hello');

  const noSideways = async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  };
  await noSideways();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');

  await page.getByRole('button', { name: /open menu/i }).click();
  await page.getByRole('menuitem', { name: 'Products' }).click();
  // The product rows (the side drawer closes as the page changes, so wait for the rows themselves).
  const firstProduct = page.getByRole('main').locator('a[href*="#/products/prod-"]').first();
  await expect(firstProduct).toBeVisible();
  await noSideways();

  // Keyboard: the first product opens with Enter.
  await firstProduct.focus();
  await expect(firstProduct).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/products\/prod-lumiere-\d+\/show/);
  await noSideways();
});
