import { accounts, expect, openConsoleAs, sideMenu, test } from './fixtures';

// Brand admins and marketers run their account (profile, verification, store) and the catalogue, and work
// (admins) or read (marketers) customer service; agents work customer service and read products. Moderators see the platform's brands and stores and their review tools.
const customerService = ['Inbox', 'Orders', 'After-sales', 'Quick replies', 'Service settings'];
const accountAndCatalogue = [
  'Dashboard',
  'Brand profile',
  'Verification',
  'Store',
  ...customerService,
  'Products',
  'Product imports',
];
const brandAdminMenu = [...accountAndCatalogue, 'Team'];

const expectedMenus: Record<string, string[]> = {
  [accounts.lumiereAdmin]: brandAdminMenu,
  [accounts.lumiereMarketer]: accountAndCatalogue,
  [accounts.lumiereAgent]: ['Dashboard', ...customerService, 'Products'],
  [accounts.kiwiAdmin]: brandAdminMenu,
  [accounts.yunshanAdmin]: brandAdminMenu,
  // A brand that has just signed up, not verified yet, has the same menu: verification is where it starts.
  [accounts.nordBloomAdmin]: brandAdminMenu,
  [accounts.moderator]: [
    'Dashboard',
    'Brands',
    'Stores',
    'Review queue',
    'Verification applications',
    'Claims dictionary',
    'Audit log',
  ],
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
