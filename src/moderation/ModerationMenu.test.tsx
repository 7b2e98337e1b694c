import { screen, waitFor, within } from '@testing-library/react';
import { menuLinks as links, renderMenu } from '../test/renderMenu';

describe('the Moderation menu group', () => {
  it('gives a moderator the queue, verification, the dictionary and the audit log under "Moderation"', async () => {
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
    expect(within(menu).getByText('Moderation')).toBeInTheDocument();
  });

  it.each(['brand_admin', 'brand_marketer', 'cs_agent'] as const)('is not shown to a %s', async (role) => {
    renderMenu(role);
    const menu = await screen.findByRole('menu');
    await waitFor(() => expect(links(menu).length).toBeGreaterThan(1));
    expect(links(menu)).not.toContain('/moderation');
    expect(links(menu)).not.toContain('/claim-dictionary');
    expect(links(menu)).not.toContain('/audit-log');
    // Brand users reach their own application from the Account area, never the moderators' queue heading.
    expect(within(menu).queryByText('Moderation')).not.toBeInTheDocument();
  });
});
