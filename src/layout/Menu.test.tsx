import { screen, waitFor, within } from '@testing-library/react';
import { canAccess, roles, type Role } from '../api';
import { areasFor } from './menuAreas';
import { menuLinks as links, renderMenu } from '../test/renderMenu';

/** What the access table allows a role to list, in menu order. */
const allowedLinks = (role: Role) => [
  '/',
  ...areasFor(role)
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

  it('gives a brand admin their account, catalogue and team under their headings', async () => {
    renderMenu('brand_admin');
    const menu = await screen.findByRole('menu');
    await waitFor(() =>
      expect(links(menu)).toEqual([
        '/',
        '/brands',
        '/verification-applications',
        '/stores',
        '/conversations',
        '/orders',
        '/after-sales',
        '/quick-replies',
        '/service-settings',
        '/products',
        '/product-imports',
        '/team',
      ]),
    );
    expect(within(menu).getByRole('menuitem', { name: 'Dashboard' })).toBeInTheDocument();
    expect(within(menu).getByText('Overview')).toBeInTheDocument();
    expect(within(menu).getByText('Account')).toBeInTheDocument();
    // Their own brand, named as what it is to them, not "Brands".
    expect(within(menu).getByRole('menuitem', { name: 'Brand profile' })).toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: 'Verification' })).toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: 'Store' })).toBeInTheDocument();
    expect(within(menu).getByText('Customer service')).toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: 'Inbox' })).toBeInTheDocument();
    expect(within(menu).getByText('Catalogue')).toBeInTheDocument();
    expect(within(menu).getByText('Organisation')).toBeInTheDocument();
    // Brand users see their own brand's profile, not the list of brands: the Platform heading goes too.
    expect(within(menu).queryByText('Platform')).not.toBeInTheDocument();
  });

  it('gives a moderator the platform and moderation areas, never a brand account', async () => {
    renderMenu('moderator');
    const menu = await screen.findByRole('menu');
    await waitFor(() =>
      expect(links(menu)).toEqual([
        '/',
        '/brands',
        '/stores',
        '/moderation',
        '/verification-applications',
        '/claim-dictionary',
        '/audit-log',
      ]),
    );
    expect(within(menu).getByText('Platform')).toBeInTheDocument();
    expect(within(menu).queryByText('Account')).not.toBeInTheDocument();
    expect(within(menu).queryByText('Catalogue')).not.toBeInTheDocument();
    expect(within(menu).queryByText('Customer service')).not.toBeInTheDocument();
    expect(within(menu).queryByText('Organisation')).not.toBeInTheDocument();
  });
});
