import { accounts, expect, openConsoleAs, test } from './fixtures';

test('a Kiwi Vital admin who types a Maison Lumière product URL sees "not found" and no data', async ({ page }) => {
  // What the Lumière product is called, to be sure none of it leaks.
  await openConsoleAs(page, accounts.lumiereAdmin);
  await page.goto('/#/products/prod-lumiere-0001/show');
  const title = page.getByRole('heading', { level: 1 }).or(page.locator('main h5, main h6').first());
  await expect(page.getByText('Not found')).toHaveCount(0);
  const lumiereText = (await page.getByRole('main').innerText()).split('\n').find((line) => /[A-Za-z]{4,}/.test(line) && !/Products|Dashboard|Catalogue|Overview|Organisation|Team/.test(line));
  expect(lumiereText).toBeTruthy();
  await title.first().waitFor();
  await page.context().clearCookies();
  await page.evaluate(() => localStorage.removeItem('red.session'));

  await page.goto('/');
  await openConsoleAs(page, accounts.kiwiAdmin);
  for (const view of ['show', '']) {
    await page.goto(`/#/products/prod-lumiere-0001${view ? `/${view}` : ''}`);
    await expect(page.getByText('Not found', { exact: false }).first()).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(lumiereText as string);
    await expect(page.getByRole('textbox', { name: /Title/ })).toHaveCount(0);
  }
});
