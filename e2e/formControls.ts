import type { Locator, Page } from '@playwright/test';

/** What Playwright's file chooser takes: one file or several, each built in memory. */
type ChosenFiles = Parameters<import('@playwright/test').FileChooser['setFiles']>[0];

/**
 * Clicks a button that opens the browser's file dialog (Choose file, Replace, Add images) and picks the
 * files in it, as a person does: the hidden <input type="file"> is never touched directly.
 */
export async function chooseFiles(page: Page, button: Locator, files: ChosenFiles): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(files);
}

/**
 * Picks an option of a select (MUI renders its options in a listbox at the end of the page, outside any
 * form or dialog the select sits in). `within` narrows where the select is found, e.g. to a dialog.
 */
export async function chooseOption(
  page: Page,
  select: string | RegExp,
  option: string | RegExp,
  within: Page | Locator = page,
): Promise<void> {
  await within.getByRole('combobox', { name: select }).click();
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
}

/** Types into an autocomplete (e.g. a country among 250) and picks the suggestion. */
export async function typeAndChoose(
  page: Page,
  autocomplete: string | RegExp,
  typed: string,
  option: string,
): Promise<void> {
  const box = page.getByRole('combobox', { name: autocomplete });
  await box.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Scrolls back to the top of the page. react-admin's app bar slides away while a long form is scrolled
 * down; a person scrolls up to reach the profile menu (and sign out) again.
 */
export async function scrollToTop(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo({ top: 0 }));
  await page.getByRole('button', { name: 'Profile' }).waitFor({ state: 'visible' });
}
