import { accounts, expect, openConsoleAs, sideMenu, signIn, signOut, test } from './fixtures';

test('a brand admin invites a marketer and deactivates a member, who can then no longer sign in', async ({
  page,
}) => {
  await openConsoleAs(page, accounts.lumiereAdmin);
  await sideMenu(page).getByRole('menuitem', { name: 'Team' }).click();
  await page.getByRole('link', { name: 'Invite' }).click();
  await page.getByRole('textbox', { name: 'Email' }).fill('new.marketer@lumiere.example');
  await page.getByRole('textbox', { name: 'Name' }).fill('Inès Moreau');
  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Brand marketer' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Invitation sent to new.marketer@lumiere.example')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Inès Moreau');

  // The marketer can sign in today; after deactivation they cannot.
  await page.goto('/#/team');
  await page.getByRole('cell', { name: 'marketer@lumiere.example', exact: true }).click();
  await page.getByRole('button', { name: 'Deactivate' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText(/was deactivated/)).toBeVisible();

  await signOut(page);
  await signIn(page, accounts.lumiereMarketer);
  await expect(page.getByText(/deactivated/i)).toBeVisible();
});
