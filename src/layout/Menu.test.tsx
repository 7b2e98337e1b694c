import { screen, waitFor, within } from '@testing-library/react';
import { canAccess, roles, type Role } from '../api';
import { menuAreas } from './menuAreas';
import { menuLinks as links, renderMenu } from '../test/renderMenu';

/** What the access table allows a role to list, in menu order. */
const allowedLinks = (role: Role) => [
  '/',
  ...menuAreas
    .flatMap((area) => area.resources.filter((resource) => canAccess(role, resource, 'list')))
    .map((r) => `/${r}`),
];

describe('Menu', () => {
  it.each(roles)('shows a %s exactly what the access table lets it list', async (role) => {
    renderMenu(role);
    const menu = await screen.findByRole('menu');
    const expected = allowedLinks(role);
    await waitFor(() => expect(links(menu)).toEqual(expected));
  });

  it('gives a brand admin the dashboard, products and team under their headings', async () => {
    renderMenu('brand_admin');
    const menu = await screen.findByRole('menu');
    await waitFor(() => expect(links(menu)).toEqual(['/', '/products', '/team']));
    expect(within(menu).getByRole('menuitem', { name: 'Dashboard' })).toBeInTheDocument();
    expect(within(menu).getByText('Overview')).toBeInTheDocument();
    expect(within(menu).getByText('Catalogue')).toBeInTheDocument();
    expect(within(menu).getByText('Organisation')).toBeInTheDocument();
    // Brand users see their own brand's profile, not the list of brands: the Platform heading goes too.
    expect(within(menu).queryByText('Platform')).not.toBeInTheDocument();
  });

  it('gives a moderator only the dashboard and the brands', async () => {
    renderMenu('moderator');
    const menu = await screen.findByRole('menu');
    await waitFor(() => expect(links(menu)).toEqual(['/', '/brands']));
    expect(within(menu).getByText('Platform')).toBeInTheDocument();
    expect(within(menu).queryByText('Catalogue')).not.toBeInTheDocument();
    expect(within(menu).queryByText('Organisation')).not.toBeInTheDocument();
  });
});
