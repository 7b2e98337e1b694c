import type { Page } from '@playwright/test';
import { formatFen } from '../src/domain/money';
import { buyerPriceBreakdown } from '../src/domain/tax';
import { accounts, expect, openConsoleAs, sideMenu, signInAndWait, signOut, test } from './fixtures';
import { chooseFiles, chooseOption, scrollToTop, typeAndChoose } from './formControls';
import { pngUpload } from './pngFile';

// A long journey: a step that waits longer than this for a control is stuck, not slow.
test.use({ actionTimeout: 15_000 });

const licence = 'Business licence or company registration';
const legalRepId = "Legal representative's ID";
const trademarkCertificate = 'Trademark registration certificate';

/** Nordic Bloom's admin fills in the empty draft application and sends it. */
async function brandSubmitsApplication(page: Page) {
  await sideMenu(page).getByRole('menuitem', { name: 'Verification' }).click();
  await expect(page.getByRole('region', { name: 'Verify your brand' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Company name', exact: true }).fill('Nordbloom AB');
  await page.getByRole('textbox', { name: 'Registration number', exact: true }).fill('556677-8899');
  await typeAndChoose(page, 'Country of registration', 'Swe', 'Sweden');
  await page.getByRole('textbox', { name: 'Legal representative', exact: true }).fill('Astrid Lindqvist');
  await page.getByRole('textbox', { name: 'Trademark registration number', exact: true }).fill('G1234567');
  await page.getByRole('textbox', { name: 'Trademark owner', exact: true }).fill('Nordbloom AB');

  const documents: [field: string, file: string][] = [
    [licence, 'bolagsverket-registration.png'],
    [legalRepId, 'passport-astrid.png'],
    [trademarkCertificate, 'trademark-G1234567.png'],
  ];
  for (const [field, file] of documents) {
    await chooseFiles(
      page,
      page.getByRole('button', { name: `Choose file: ${field}` }),
      pngUpload(file, 900, 1200),
    );
    await expect(page.getByRole('link', { name: `Open ${file}` })).toBeVisible();
  }

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByRole('region', { name: 'Waiting for review' })).toBeVisible();
}

/** The moderator opens Nordic Bloom's request from the queue of submitted applications. */
async function moderatorOpensRequest(page: Page) {
  await sideMenu(page).getByRole('menuitem', { name: 'Verification applications' }).click();
  await page.getByRole('row', { name: /北境花园/ }).click();
  await expect(page.getByRole('heading', { name: 'Verification of 北境花园' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your decision' })).toBeVisible();
}

async function moderatorRejectsTheLicence(page: Page) {
  await moderatorOpensRequest(page);
  await page.getByRole('button', { name: `Reject ${licence}` }).click();
  const reason = page.getByRole('dialog', { name: 'Reason for rejection' });
  await chooseOption(page, /^Reason/, 'The scan is unreadable', reason);
  await reason
    .getByRole('textbox', { name: /Note for the brand/ })
    .fill('The registration stamp is blurred.');
  await reason.getByRole('button', { name: 'Add reason' }).click();
  await expect(reason).toBeHidden();

  await page.getByRole('button', { name: 'Reject', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Reject the verification of 北境花园?' });
  await confirm.getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByText('Rejected. The brand has been told why.')).toBeVisible();
}

/** The brand sees the reason on the licence only, replaces the scan and sends the application again. */
async function brandFixesAndResubmits(page: Page) {
  await sideMenu(page).getByRole('menuitem', { name: 'Verification' }).click();
  await expect(page.getByRole('region', { name: 'Changes needed' })).toBeVisible();
  const replaceLicence = page.getByRole('button', { name: `Replace: ${licence}` });
  await expect(replaceLicence).toHaveAccessibleDescription(/Rejected: The scan is unreadable/);
  await expect(replaceLicence).toHaveAccessibleDescription(/The registration stamp is blurred\./);
  await expect(page.getByRole('button', { name: `Replace: ${legalRepId}` })).not.toHaveAccessibleDescription(
    /Rejected/,
  );

  await chooseFiles(page, replaceLicence, pngUpload('bolagsverket-registration-rescan.png', 1200, 1600));
  await expect(page.getByRole('link', { name: 'Open bolagsverket-registration-rescan.png' })).toBeVisible();
  await page.getByRole('button', { name: 'Submit again' }).click();
  await expect(page.getByRole('region', { name: 'Waiting for review' })).toBeVisible();
}

async function moderatorApproves(page: Page) {
  await moderatorOpensRequest(page);
  await page.getByRole('button', { name: 'Approve' }).click();
  const confirm = page.getByRole('dialog', { name: 'Approve the verification of 北境花园?' });
  await confirm.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Approved. Here is the next request.')).toBeVisible();
}

/** Everything opening asks for, then the explicit, confirmed opening. */
async function brandSetsUpAndOpensTheStore(page: Page) {
  await sideMenu(page).getByRole('menuitem', { name: 'Store' }).click();
  const checklist = page.getByRole('list', { name: 'Opening checklist' });
  await expect(checklist).toBeVisible();
  const openStore = page.getByRole('button', { name: 'Open store' });
  await expect(openStore).toBeDisabled();

  await page.getByRole('textbox', { name: /^Store name/ }).fill('北境花园海外旗舰店');
  await chooseFiles(
    page,
    page.getByRole('button', { name: 'Choose file: Logo' }),
    pngUpload('nordbloom-logo.png', 400),
  );
  await expect(page.getByRole('link', { name: 'Open nordbloom-logo.png' })).toBeVisible();
  await chooseFiles(
    page,
    page.getByRole('button', { name: 'Choose file: Banner' }),
    pngUpload('nordbloom-banner.png', 1500, 500),
  );
  await expect(page.getByRole('link', { name: 'Open nordbloom-banner.png' })).toBeVisible();
  await page
    .getByRole('textbox', { name: /^Introduction/ })
    .fill('北境花园来自瑞典，以北欧植物为原料制作护肤品，商品从瑞典直邮。');

  await chooseOption(page, /^Store type/, 'Cross-border flagship store');
  await chooseOption(page, /^Trade model/, 'Cross-border, direct mail');
  await typeAndChoose(page, /^Ships from/, 'Swe', 'Sweden');
  await page.getByRole('textbox', { name: /^Warehouse/ }).fill('Göteborg Export Centre');
  await page
    .getByRole('textbox', { name: /^Return address/ })
    .fill('上海市浦东新区航城路 88 号 跨境直邮退货中心（北境花园）');
  await chooseOption(page, /^Return policy/, 'Returns within 15 days');

  await page.getByRole('textbox', { name: /^Bank/ }).fill('Skandinaviska Enskilda Banken');
  await page.getByRole('textbox', { name: /^Account holder/ }).fill('Nordbloom AB');
  await page.getByRole('textbox', { name: /^SWIFT\/BIC/ }).fill('ESSESESS');
  await page.getByRole('textbox', { name: /^IBAN/ }).fill('SE4550000000058398257466');
  await chooseOption(page, /^Settlement currency/, 'Swedish krona (SEK)');
  await page.getByLabel(/^Service starts/).fill('08:00');
  await page.getByLabel(/^Service ends/).fill('20:00');

  await expect(page.getByText('13 of 13 done')).toBeVisible();
  await expect(openStore).toHaveAccessibleDescription('Save your changes first.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Store saved')).toBeVisible();

  await expect(openStore).toBeEnabled();
  await openStore.click();
  const confirm = page.getByRole('dialog', { name: /Open "北境花园海外旗舰店"\?/ });
  await confirm.getByRole('button', { name: 'Open store' }).click();
  await expect(page.getByText('Your store is open: shoppers can find it now.')).toBeVisible();
  await expect(page.getByText(/^Open since /).first()).toBeVisible();
}

interface SkuTyped {
  spec: string;
  priceYuan: string;
  listPriceYuan: string;
  stock: string;
}

async function fillSku(page: Page, number: number, sku: SkuTyped) {
  const row = page.getByRole('group', { name: new RegExp(`^SKU ${number}\\b`) });
  await row.getByRole('textbox', { name: /^Specification/ }).fill(sku.spec);
  await row.getByRole('textbox', { name: /^Sale price/ }).fill(sku.priceYuan);
  await row.getByRole('textbox', { name: /^List price/ }).fill(sku.listPriceYuan);
  await row.getByRole('spinbutton', { name: /^Stock/ }).fill(sku.stock);
}

/** A cross-border serum in two sizes, with customs data, an image and the buyer's price checked. */
async function brandCreatesAndListsAProduct(page: Page) {
  await sideMenu(page).getByRole('menuitem', { name: 'Products' }).click();
  await page.getByRole('link', { name: 'Create' }).click();

  await page.getByRole('textbox', { name: /^Title/ }).fill('玫瑰面部精华液');
  await page.getByRole('textbox', { name: /^English name/ }).fill('Rose Facial Serum');
  await chooseOption(page, /^Category/, 'Skincare');
  await page
    .getByRole('textbox', { name: /^Description/ })
    .fill('瑞典植物配方的玫瑰精华液，质地轻盈，适合日常护理。');
  await chooseFiles(page, page.getByRole('button', { name: 'Add images' }), pngUpload('rose-serum.png', 800));
  await expect(page.getByText('1 of 9')).toBeVisible();

  await chooseOption(page, /^Country of origin/, 'Sweden');
  await page.getByRole('textbox', { name: /^HS code/ }).fill('33049900');
  await chooseOption(page, /^Declared unit/, 'Bottle');
  await chooseOption(page, /^Tax category/, 'High-end cosmetics');
  const includesTax = page.getByRole('switch', { name: /^Sale prices include import tax/ });
  await includesTax.uncheck();
  await expect(includesTax).not.toBeChecked();

  await fillSku(page, 1, { spec: '30 ml', priceYuan: '320', listPriceYuan: '380', stock: '120' });
  await page.getByRole('button', { name: 'Add SKU' }).click();
  await fillSku(page, 2, { spec: '50 ml', priceYuan: '480', listPriceYuan: '560', stock: '80' });

  // What a buyer in China pays for one 30 ml bottle, as src/domain/tax computes it: tax added on top.
  const expected = buyerPriceBreakdown({
    unitPriceFen: 32_000,
    category: 'high_end_cosmetics',
    priceIncludesTax: false,
  });
  const breakdown = page.getByRole('group', { name: 'Buyer price of SKU 1: 30 ml' });
  await expect(breakdown).toContainText('Tax added at checkout');
  await expect(breakdown.getByRole('definition').last()).toHaveText(formatFen(expected.totalFen, 'en'));
  await expect(breakdown).toContainText(formatFen(expected.consumptionTaxFen, 'en'));
  await expect(breakdown).toContainText(formatFen(expected.vatFen, 'en'));

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Product created as a draft')).toBeVisible();

  await page.getByRole('row', { name: /玫瑰面部精华液/ }).click();
  await expect(page.getByRole('textbox', { name: /^English name/ })).toHaveValue('Rose Facial Serum');
  await page.getByRole('button', { name: 'List for sale' }).click();
  await expect(page.getByText('Listed', { exact: true }).first()).toBeVisible();

  await sideMenu(page).getByRole('menuitem', { name: 'Products' }).click();
  await expect(page.getByRole('row', { name: /玫瑰面部精华液/ })).toContainText('Listed');
}

test('an overseas brand gets verified after one rejection, opens its store and lists a cross-border product', async ({
  page,
}) => {
  test.setTimeout(300_000);

  await test.step('Nordic Bloom submits its verification', async () => {
    await openConsoleAs(page, accounts.nordBloomAdmin);
    await brandSubmitsApplication(page);
    await scrollToTop(page);
    await signOut(page);
  });
  await test.step('the moderator rejects the licence scan', async () => {
    await signInAndWait(page, accounts.moderator);
    await moderatorRejectsTheLicence(page);
    await scrollToTop(page);
    await signOut(page);
  });
  await test.step('the brand replaces the licence and resubmits', async () => {
    await signInAndWait(page, accounts.nordBloomAdmin);
    await brandFixesAndResubmits(page);
    await scrollToTop(page);
    await signOut(page);
  });
  await test.step('the moderator approves', async () => {
    await signInAndWait(page, accounts.moderator);
    await moderatorApproves(page);
    await scrollToTop(page);
    await signOut(page);
  });
  await test.step('the brand sets up and opens its store', async () => {
    await signInAndWait(page, accounts.nordBloomAdmin);
    await brandSetsUpAndOpensTheStore(page);
  });
  await test.step('the brand creates and lists a cross-border product', async () => {
    await brandCreatesAndListsAProduct(page);
  });
});
