import { screen, within } from '@testing-library/react';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { StoreShow } from './StoreShow';

const openStorePage = async (email: string, brandId: string) => {
  await signIn(email);
  renderWithPlatform(<StoreShow />, { path: `/stores/${brandId}/show`, route: '/stores/:id/show' });
};

const section = (name: string) => screen.getByRole('region', { name });

describe('StoreShow', { timeout: 30_000 }, () => {
  it('shows a customer-service agent the store read-only, with bank details masked', async () => {
    await openStorePage('agent@lumiere.example', 'brand-lumiere');
    expect(
      await screen.findByRole('heading', { name: '露光之家海外旗舰店' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Open since /)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Logo of 露光之家海外旗舰店' })).toBeInTheDocument();

    const business = section('Business model');
    expect(within(business).getByText('Cross-border flagship store')).toBeInTheDocument();
    expect(within(business).getByText('Cross-border, bonded warehouse')).toBeInTheDocument();

    const settlement = section('Settlement account');
    expect(within(settlement).getByText('BNPAFRPPXXX')).toBeInTheDocument();
    expect(within(settlement).getByText('•••• 0143')).toBeInTheDocument();
    expect(within(settlement).queryByText('FR7630004000031234567890143')).not.toBeInTheDocument();
    expect(within(settlement).getByText('Euro (EUR)')).toBeInTheDocument();
    expect(within(section('Customer service hours')).getByText('09:00–21:00')).toBeInTheDocument();

    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Opening checklist' })).not.toBeInTheDocument();
  });

  it("shows a moderator what a new brand's store still needs before it can open", async () => {
    await openStorePage('moderator@red.example', 'brand-nordbloom');
    expect(await screen.findByRole('heading', { name: 'Not named yet' }, { timeout: 10_000 })).toBeVisible();
    expect(screen.getByText('Not open yet')).toBeInTheDocument();
    const checklist = await screen.findByRole('list', { name: 'Opening checklist' }, { timeout: 10_000 });
    expect(within(checklist).getByText('Get the brand verified').closest('li')).toHaveTextContent(/^To do/);
    // Read-only: the items lead nowhere, and nothing on the page changes the brand's store.
    expect(within(checklist).queryByRole('button')).not.toBeInTheDocument();
    expect(within(checklist).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });
});
