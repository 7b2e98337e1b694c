import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Brand, Store } from '../api';
import { dataProvider } from '../api/dataProvider';
import { db } from '../../mocks/db/store';
import { logoPng } from '../../mocks/lib/placeholderArt';
import { getRecord, renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { StoreEdit } from './StoreEdit';

const NORDIC_BLOOM = 'brand-nordbloom';

const setVerification = (status: Brand['verificationStatus']) => {
  const brand = db.brands.find(NORDIC_BLOOM) as Brand;
  db.brands.save({
    ...brand,
    verificationStatus: status,
    verifiedAt: status === 'approved' ? brand.updatedAt : null,
  });
};

/** Nordic Bloom, verified, with everything filled in through the platform except the return policy. */
async function preparedNordicBloom() {
  setVerification('approved');
  await signIn('admin@nordbloom.example');
  const logo = await dataProvider.uploadFile(
    new Blob([new Uint8Array(logoPng([40, 90, 140]))], { type: 'image/png' }),
    'logo',
    'logo.png',
  );
  const store = await getRecord<Store>('stores', NORDIC_BLOOM);
  await dataProvider.update('stores', {
    id: NORDIC_BLOOM,
    previousData: store,
    data: {
      version: store.version,
      name: '北境花园旗舰店',
      logo: { id: logo.id, name: logo.name, contentType: logo.contentType, url: logo.url },
      intro: '来自瑞典的植物护肤品牌，海外直邮。',
      storeType: 'cross_border_flagship',
      tradeModel: 'direct_mail',
      shippingOrigin: 'SE',
      warehouse: 'Göteborg Export Centre',
      returnAddress: '上海市浦东新区航城路 88 号 跨境直邮退货中心',
      settlementBank: 'Nordea Bank Abp',
      settlementAccountName: 'Nordic Bloom AB',
      settlementSwift: 'NDEASESS',
      settlementIban: 'SE4550000000058398257466',
      settlementCurrency: 'SEK',
    },
  });
}

const openStoreForm = async () => {
  renderWithPlatform(<StoreEdit />, { path: `/stores/${NORDIC_BLOOM}`, route: '/stores/:id' });
  const name = await screen.findByLabelText(/Store name/, {}, { timeout: 10_000 });
  const checklist = await screen.findByRole('list', { name: 'Opening checklist' }, { timeout: 10_000 });
  // The fields open a moment after the brand's verification is known; typing into a disabled one does nothing.
  await waitFor(() => expect(name).toBeEnabled());
  return checklist;
};

const openButton = () => screen.getByRole('button', { name: 'Open store' });

describe('opening the store', { timeout: 90_000 }, () => {
  it('opens once the checklist is complete and saved, after confirming, and keeps the form editable', async () => {
    await preparedNordicBloom();
    await openStoreForm();
    expect(screen.getByText('12 of 13 done')).toBeInTheDocument();
    expect(openButton()).toBeDisabled();
    expect(openButton()).toHaveAccessibleDescription(
      'Complete every item of the checklist to open the store.',
    );

    await userEvent.click(screen.getByRole('combobox', { name: /Return policy/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Returns within 15 days' }));
    expect(screen.getByText('13 of 13 done')).toBeInTheDocument();
    expect(openButton()).toHaveAccessibleDescription('Save your changes first.');

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Store saved', {}, { timeout: 10_000 })).toBeInTheDocument();
    await waitFor(() => expect(openButton()).toBeEnabled(), { timeout: 10_000 });

    await userEvent.click(openButton());
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Open "北境花园旗舰店"?')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open store' }));

    expect(
      await screen.findByText('Your store is open: shoppers can find it now.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/^Open since /, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open store' })).not.toBeInTheDocument();
    expect((await getRecord<Store>('stores', NORDIC_BLOOM)).status).toBe('open');

    const warehouse = screen.getByLabelText(/Warehouse/);
    await userEvent.clear(warehouse);
    await userEvent.type(warehouse, 'Malmö Export Centre');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await getRecord<Store>('stores', NORDIC_BLOOM)).warehouse).toBe('Malmö Export Centre'),
    );
  });

  it('marks on the checklist what the platform says is missing when it refuses to open', async () => {
    await preparedNordicBloom();
    const store = await getRecord<Store>('stores', NORDIC_BLOOM);
    await dataProvider.update('stores', {
      id: NORDIC_BLOOM,
      previousData: store,
      data: { version: store.version, returnPolicy: 'fifteen_days' },
    });
    const checklist = await openStoreForm();
    await waitFor(() => expect(openButton()).toBeEnabled(), { timeout: 10_000 });
    // Meanwhile the platform withdraws the verification (say, an expired licence).
    setVerification('submitted');

    await userEvent.click(openButton());
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Open store' }),
    );
    expect(
      await screen.findByText(
        "The store isn't ready: finish the items marked on the checklist.",
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const verified = await within(checklist).findByRole(
      'link',
      { name: /Get the brand verified/ },
      { timeout: 10_000 },
    );
    expect(verified).toHaveTextContent('The platform says this is still missing');
    expect((await getRecord<Store>('stores', NORDIC_BLOOM)).status).toBe('not_open');
  });
});
