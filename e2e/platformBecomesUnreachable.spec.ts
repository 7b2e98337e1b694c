import { accounts, expect, openConsoleAs, platformControl, sideMenu, test } from './fixtures';

// The offline fault drops every API call, which Chromium logs; that is the point of this journey.
test.use({ expectedConsoleErrors: [/net::ERR_FAILED/] });

test('when the platform cannot be reached the console says so, and works again once it is back', async ({
  page,
}) => {
  await openConsoleAs(page, accounts.lumiereAdmin);
  await platformControl(page, 'faults', { offline: true }, 'PUT');

  await sideMenu(page).getByRole('menuitem', { name: 'Products' }).click();
  await expect(
    page.getByText("Can't reach the platform. Check your connection and try again.").first(),
  ).toBeVisible();

  await platformControl(page, 'faults', { offline: false }, 'PUT');
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
});
