import { accounts, apiAsSignedInUser, expect, openConsoleAs, test } from './fixtures';

interface ProductBody {
  version: number;
  skus: { stock: number }[];
  titleEn: string;
}

test('the second of two people saving one product gets a conflict, not a silent overwrite', async ({
  page,
}) => {
  await openConsoleAs(page, accounts.lumiereAdmin);
  await page.goto('/#/products/prod-lumiere-0002');
  const englishName = page.getByRole('textbox', { name: 'English name' });
  await expect(englishName).not.toHaveValue('');
  await englishName.fill('Neroli Radiance Serum, gift box');

  // Meanwhile a colleague changes the stock of the same product.
  const before = await apiAsSignedInUser<ProductBody>(page, 'GET', '/products/prod-lumiere-0002');
  await apiAsSignedInUser(page, 'PATCH', '/products/prod-lumiere-0002', {
    version: before.version,
    skus: before.skus.map((sku, index) => (index === 0 ? { ...sku, stock: 7 } : sku)),
  });

  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Someone else changed this record since you opened it' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep my changes' }).click();
  await expect(englishName).toHaveValue('Neroli Radiance Serum, gift box');

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Product saved')).toBeVisible();
  const after = await apiAsSignedInUser<ProductBody>(page, 'GET', '/products/prod-lumiere-0002');
  // Both changes survive: the colleague's stock and the typed name.
  expect(after.skus[0]?.stock).toBe(7);
  expect(after).toMatchObject({
    titleEn: 'Neroli Radiance Serum, gift box',
    version: before.version + 2,
  });
});
