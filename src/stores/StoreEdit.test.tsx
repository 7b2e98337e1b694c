import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Brand, Store } from '../api';
import { dataProvider } from '../api/dataProvider';
import { db } from '../../mocks/db/store';
import { getRecord, renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { StoreEdit } from './StoreEdit';

// Nordic Bloom (SE) has just signed up: a draft application and an empty store. Verifying it is the
// verification area's flow; here the platform is simply told it happened.
const NORDIC_BLOOM = 'brand-nordbloom';
const verifyNordicBloom = () => {
  const brand = db.brands.find(NORDIC_BLOOM) as Brand;
  db.brands.save({ ...brand, verificationStatus: 'approved', verifiedAt: '2026-11-01T08:00:00.000Z' });
};

/**
 * The fields open a moment after the brand's verification is known: like a user, a test types only once they
 * are enabled (typing into a disabled field does nothing, and the test would fail for the wrong reason).
 */
const openStoreForm = async (email: string, brandId: string, { verified = true } = {}) => {
  await signIn(email);
  renderWithPlatform(<StoreEdit />, { path: `/stores/${brandId}`, route: '/stores/:id' });
  const name = await screen.findByLabelText(/Store name/, {}, { timeout: 10_000 });
  const checklist = await screen.findByRole('list', { name: 'Opening checklist' }, { timeout: 10_000 });
  if (verified) await waitFor(() => expect(name).toBeEnabled());
  return { name, checklist };
};

const toDo = (checklist: HTMLElement, item: string) =>
  within(checklist).queryByRole('button', { name: new RegExp(`^To do ${item}$`) });

const choose = async (label: RegExp, option: string) => {
  await userEvent.click(screen.getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
};

describe('StoreEdit', { timeout: 60_000 }, () => {
  it('keeps an unverified brand out of the store form and leads it to verification', async () => {
    const { name, checklist } = await openStoreForm('admin@nordbloom.example', NORDIC_BLOOM, {
      verified: false,
    });
    expect(await screen.findByText('Verify your brand first', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to verification' })).toHaveAttribute(
      'href',
      `/verification-applications/${NORDIC_BLOOM}`,
    );
    expect(name).toBeDisabled();
    expect(screen.getByLabelText(/Warehouse/)).toBeDisabled();
    expect(within(checklist).getByRole('link', { name: /Get the brand verified/ })).toHaveAttribute(
      'href',
      `/verification-applications/${NORDIC_BLOOM}`,
    );
    expect(screen.getByRole('button', { name: 'Open store' })).toBeDisabled();
  });

  it('shows what opening still needs, live as the brand types, and leads to each field', async () => {
    verifyNordicBloom();
    const { name, checklist } = await openStoreForm('admin@nordbloom.example', NORDIC_BLOOM);
    expect(screen.queryByText('Verify your brand first')).not.toBeInTheDocument();
    // Verified, and the seeded service hours: the rest waits for the brand.
    expect(screen.getByText('2 of 13 done')).toBeInTheDocument();
    expect(toDo(checklist, 'Name the store')).toBeInTheDocument();
    expect(within(checklist).getByText('Get the brand verified').closest('li')).toHaveTextContent(/^Done/);

    await userEvent.type(name, '北境花园旗舰店');
    await waitFor(() => expect(toDo(checklist, 'Name the store')).not.toBeInTheDocument());
    expect(screen.getByText('3 of 13 done')).toBeInTheDocument();

    const storeType = toDo(checklist, 'Choose a store type');
    if (!storeType) throw new Error('the store type should still be to do');
    await userEvent.click(storeType);
    expect(screen.getByRole('combobox', { name: /Store type/ })).toHaveFocus();
  });

  it('explains that a cross-border flagship store needs a cross-border trade model', async () => {
    verifyNordicBloom();
    const { checklist } = await openStoreForm('admin@nordbloom.example', NORDIC_BLOOM);
    await choose(/Store type/, 'Cross-border flagship store');
    await choose(/Trade model/, 'Domestic');
    expect(
      await screen.findByText(/The store type and the trade model don't match/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(toDo(checklist, 'Match the store type to the trade model')).toBeInTheDocument();

    await choose(/Trade model/, 'Cross-border, direct mail');
    await waitFor(() =>
      expect(toDo(checklist, 'Match the store type to the trade model')).not.toBeInTheDocument(),
    );
    expect(
      screen.getByText(/A cross-border flagship store sells with a cross-border trade model/),
    ).toBeVisible();
  });

  it('refuses a blocked claim in the store name and keeps what was typed', async () => {
    const before = await (async () => {
      await signIn('admin@lumiere.example');
      return getRecord<Store>('stores', 'brand-lumiere');
    })();
    const { name } = await openStoreForm('admin@lumiere.example', 'brand-lumiere');
    await userEvent.clear(name);
    await userEvent.type(name, '最美小店');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByText('Remove the blocked claims before saving', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(name).toHaveValue('最美小店');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect((await getRecord<Store>('stores', 'brand-lumiere')).name).toBe(before.name);
  });

  it('keeps an open store complete: a save that empties what opening required is refused and marked', async () => {
    const { checklist } = await openStoreForm('admin@lumiere.example', 'brand-lumiere');
    await userEvent.clear(screen.getByLabelText(/SWIFT\/BIC/));
    expect(screen.getByText(/An open store must keep everything on this checklist/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByText(
        "The store isn't ready: finish the items marked on the checklist.",
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(toDo(checklist, 'Complete the settlement account')).not.toBeInTheDocument();
    expect(
      within(checklist).getByRole('button', { name: /Complete the settlement account/ }),
    ).toHaveTextContent('The platform says this is still missing');
    expect((await getRecord<Store>('stores', 'brand-lumiere')).settlementSwift).toBe('BNPAFRPPXXX');
  });

  it('offers the conflict dialog when someone saved the store meanwhile', async () => {
    const { name } = await openStoreForm('admin@lumiere.example', 'brand-lumiere');
    const current = await getRecord<Store>('stores', 'brand-lumiere');
    await dataProvider.update('stores', {
      id: current.id,
      data: { version: current.version, warehouse: '宁波梅山保税港区 4 号库' },
      previousData: current,
    });
    await userEvent.type(name, '（新）');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    expect(within(dialog).getByText('Someone else changed this record since you opened it')).toBeVisible();
    expect(name).toHaveValue(`${current.name}（新）`);
  });
});
