import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Brand } from '../api';
import { db } from '../../mocks/db/store';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { StoreEdit } from './StoreEdit';

const NORDIC_BLOOM = 'brand-nordbloom';
const verifyNordicBloom = () => {
  const brand = db.brands.find(NORDIC_BLOOM) as Brand;
  db.brands.save({ ...brand, verificationStatus: 'approved', verifiedAt: '2026-11-01T08:00:00.000Z' });
};

const openStoreForm = async (email: string, brandId: string) => {
  await signIn(email);
  renderWithPlatform(<StoreEdit />, { path: `/stores/${brandId}`, route: '/stores/:id' });
  const bank = await screen.findByLabelText(/Bank/, {}, { timeout: 10_000 });
  const checklist = await screen.findByRole('list', { name: 'Opening checklist' }, { timeout: 10_000 });
  // The fields open a moment after the brand's verification is known; typing into a disabled one does nothing.
  await waitFor(() => expect(bank).toBeEnabled());
  return checklist;
};

const settlementToDo = (checklist: HTMLElement) =>
  within(checklist).queryByRole('button', { name: /Complete the settlement account/ });

const currencyOptions = async () => {
  await userEvent.click(screen.getByRole('combobox', { name: /Settlement currency/ }));
  const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
  return options.filter((text) => text && text.trim() !== '');
};

describe('store settlement', { timeout: 60_000 }, () => {
  it('asks an overseas brand for SWIFT and IBAN or account number, in any payout currency', async () => {
    verifyNordicBloom();
    const checklist = await openStoreForm('admin@nordbloom.example', NORDIC_BLOOM);
    expect(screen.getByText(/Your brand is registered outside mainland China/)).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText(/Bank/), 'Nordea Bank Abp');
    await userEvent.type(screen.getByLabelText(/Account holder/), 'Nordic Bloom AB');
    await userEvent.type(screen.getByLabelText(/Account number/), '3300 123 456');
    expect(settlementToDo(checklist)).toBeInTheDocument();

    // Typed as bank codes often are: lower case, with spaces.
    const swift = screen.getByLabelText(/SWIFT\/BIC/);
    await userEvent.type(swift, 'ndea se ss');
    expect(swift).toHaveValue('NDEASESS');
    expect(screen.getByLabelText(/IBAN/)).toBeInTheDocument();
    expect(settlementToDo(checklist)).toBeInTheDocument();

    expect(await currencyOptions()).toContain('Swedish krona (SEK)');
    await userEvent.click(screen.getByRole('option', { name: 'Swedish krona (SEK)' }));
    await waitFor(() => expect(settlementToDo(checklist)).not.toBeInTheDocument());
  });

  it('refuses a malformed SWIFT code next to the field', async () => {
    verifyNordicBloom();
    await openStoreForm('admin@nordbloom.example', NORDIC_BLOOM);
    const swift = screen.getByLabelText(/SWIFT\/BIC/);
    await userEvent.type(swift, 'NDEA');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(swift).toHaveAccessibleDescription(/Enter a SWIFT\/BIC code of 8 or 11 letters and digits/),
    );
    expect(swift).toHaveValue('NDEA');
  });

  it('pays a domestic brand in yuan to a mainland account, without SWIFT or IBAN', async () => {
    const checklist = await openStoreForm('admin@yunshan.example', 'brand-yunshan');
    expect(
      screen.getByText('RED pays your sales in yuan to a bank account in mainland China.'),
    ).toBeVisible();
    expect(screen.queryByLabelText(/SWIFT\/BIC/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/IBAN/)).not.toBeInTheDocument();
    expect(settlementToDo(checklist)).not.toBeInTheDocument();
    expect(await currencyOptions()).toEqual(['Chinese yuan (CNY)']);
  });
});
