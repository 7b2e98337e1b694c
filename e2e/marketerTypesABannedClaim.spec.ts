import { accounts, expect, openConsoleAs, sideMenu, test } from './fixtures';

test('a marketer types 全网销量第一的面霜, sees why it is refused, and cannot save until it is fixed', async ({
  page,
}) => {
  await openConsoleAs(page, accounts.lumiereMarketer);
  await sideMenu(page).getByRole('menuitem', { name: 'Products' }).click();
  await page.getByRole('link', { name: 'Create' }).click();

  const title = page.getByRole('textbox', { name: 'Title' });
  await title.fill('全网销量第一的面霜');
  await page.getByRole('textbox', { name: 'English name' }).fill('Rose Night Cream');
  await page.getByRole('combobox', { name: 'Category', exact: true }).click();
  await page.getByRole('option', { name: 'Skincare' }).click();
  await page.getByRole('textbox', { name: 'Description' }).fill('温和滋润，适合干性肌肤。');
  await page.getByRole('textbox', { name: 'Specification' }).fill('50 ml');
  await page.getByRole('combobox', { name: 'Country of origin' }).click();
  await page.getByRole('option', { name: 'France' }).click();
  await page.getByRole('textbox', { name: 'HS code' }).fill('3304990099');
  await page.getByRole('combobox', { name: 'Declared unit' }).click();
  await page.getByRole('option', { name: 'Bottle' }).click();
  await page.getByRole('combobox', { name: 'Tax category' }).click();
  await page.getByRole('option', { name: 'High-end cosmetics' }).click();
  await page.getByRole('textbox', { name: 'Sale price' }).fill('268');
  await page.getByRole('textbox', { name: 'List price' }).fill('320');
  await page.getByRole('spinbutton', { name: 'Stock' }).fill('50');

  // The claim is marked where it was typed, as blocking, with an explanation.
  const mark = page.locator('mark[data-severity="block"]').first();
  await expect(mark).toBeVisible();
  await expect(mark).toContainText('第一');
  await expect(page.getByText('1 claim blocks publishing').first()).toBeVisible();

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Remove the blocked claims before saving')).toBeVisible();
  await expect(page).toHaveURL(/#\/products\/create/);
  // Nothing typed is lost.
  await expect(page.getByRole('textbox', { name: 'English name' })).toHaveValue('Rose Night Cream');
  await expect(page.getByRole('textbox', { name: 'Sale price' })).toHaveValue('268');

  await title.fill('口碑很好的玫瑰晚霜');
  await expect(page.locator('mark[data-severity="block"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Product created as a draft')).toBeVisible();
});
