import { accounts, expect, openConsoleAs, sideMenu, test } from './fixtures';

const brandMenu = ['Dashboard', 'Products'];

const expectedMenus: Record<string, string[]> = {
  [accounts.lumiereAdmin]: [...brandMenu, 'Team'],
  [accounts.lumiereMarketer]: brandMenu,
  [accounts.lumiereAgent]: brandMenu,
  [accounts.kiwiAdmin]: [...brandMenu, 'Team'],
  [accounts.yunshanAdmin]: [...brandMenu, 'Team'],
  [accounts.moderator]: ['Dashboard', 'Brands', 'Review queue', 'Claims dictionary', 'Audit log'],
};

for (const [email, menu] of Object.entries(expectedMenus)) {
  test(`${email} signs in and sees exactly their menu`, async ({ page }) => {
    await openConsoleAs(page, email);
    await expect(sideMenu(page).getByRole('menuitem')).toHaveText(menu);
  });
}

test('each brand admin sees their own brand on the dashboard and in the profile menu', async ({ page }) => {
  await openConsoleAs(page, accounts.kiwiAdmin);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hello');
  await page.getByRole('button', { name: 'Profile' }).click();
  await expect(page.getByRole('menu').last()).toContainText('Kiwi Vital');
  await expect(page.getByRole('menu').last()).toContainText('Brand admin');
});
