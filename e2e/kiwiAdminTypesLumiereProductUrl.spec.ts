import { accounts, apiAsSignedInUser, expect, openConsoleAs, signInAndWait, signOut, test } from './fixtures';

interface ProductBody {
  title: string;
  titleEn: string;
}

test('a Kiwi Vital admin who types a Maison Lumière product URL sees "not found" and no data', async ({
  page,
}) => {
  // What the Lumière product is called, so the journey can check none of it reaches the Kiwi admin.
  await openConsoleAs(page, accounts.lumiereAdmin);
  const lumiere = await apiAsSignedInUser<ProductBody>(page, 'GET', '/products/prod-lumiere-0001');
  expect(lumiere.titleEn).not.toBe('');
  await signOut(page);

  await signInAndWait(page, accounts.kiwiAdmin);
  for (const url of ['/#/products/prod-lumiere-0001/show', '/#/products/prod-lumiere-0001']) {
    await page.goto(url);
    await expect(page.getByText('Not found').first()).toBeVisible();
    const main = page.getByRole('main');
    await expect(main).not.toContainText(lumiere.titleEn);
    await expect(main).not.toContainText(lumiere.title);
    await expect(page.getByRole('textbox')).toHaveCount(0);
  }
});
