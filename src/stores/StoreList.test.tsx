import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../api';
import { renderInAdmin } from '../test/renderInAdmin';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { StoreList } from './StoreList';

const renderAs = (role: Role) => {
  const visited: string[] = [];
  renderInAdmin(<StoreList />, {
    role,
    resource: 'stores',
    route: '/stores/*',
    onLocation: ({ pathname }) => visited.push(pathname),
  });
  return visited;
};

describe('StoreList', { timeout: 30_000 }, () => {
  it("takes a brand admin straight to their store's form", async () => {
    const visited = renderAs('brand_admin');
    await waitFor(() => expect(visited.at(-1)).toBe('/stores/brand-lumiere'), { timeout: 5000 });
  });

  it("takes a customer-service agent to their store's read-only page", async () => {
    const visited = renderAs('cs_agent');
    await waitFor(() => expect(visited.at(-1)).toBe('/stores/brand-lumiere/show'), { timeout: 5000 });
  });

  it('lists every store for a moderator, with brand, type, trade model and status, filtered by status', async () => {
    await signIn('moderator@red.example');
    renderWithPlatform(<StoreList />, { resource: 'stores' });
    const lumiere = await screen.findByRole('row', { name: /露光之家海外旗舰店/ }, { timeout: 10_000 });
    // The brand's name arrives with a second request (one for the whole page).
    expect(await within(lumiere).findByText('露光之家', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(lumiere).getByText('Cross-border flagship store')).toBeInTheDocument();
    expect(within(lumiere).getByText('Cross-border, bonded warehouse')).toBeInTheDocument();
    expect(within(lumiere).getByText('Open')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(1 + 4);

    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Not open yet' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(1 + 1), { timeout: 5000 });
    const nordicBloom = screen.getAllByRole('row')[1];
    expect(nordicBloom).toHaveTextContent('Not named yet');
    expect(nordicBloom).toHaveTextContent('Not open yet');
  });
});
