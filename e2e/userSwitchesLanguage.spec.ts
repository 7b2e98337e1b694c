import { accounts, expect, openConsoleAs, sideMenu, test } from './fixtures';

test('a marketer switches the console to Chinese, and it stays Chinese after a reload', async ({ page }) => {
  await openConsoleAs(page, accounts.lumiereMarketer);
  await page.getByRole('button', { name: /^Language/ }).click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();

  await expect(sideMenu(page).getByRole('menuitem')).toHaveText([
    '工作台',
    '品牌资料',
    '官方认证',
    '店铺',
    '会话',
    '订单',
    '售后',
    '快捷回复',
    '客服设置',
    '商品',
    '商品导入',
  ]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.reload();
  await expect(sideMenu(page).getByRole('menuitem', { name: '商品', exact: true })).toBeVisible();
  await sideMenu(page).getByRole('menuitem', { name: '商品', exact: true }).click();
  // react-admin's own strings are translated too.
  await expect(
    page.getByRole('button', { name: '新建' }).or(page.getByRole('link', { name: '新建' })),
  ).toBeVisible();
});
