import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../mocks/db/store';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { QuickReplyList } from './QuickReplyList';
import { ensureShippingNotice, SHIPPING_NOTICE_BODY, SHIPPING_NOTICE_ID } from './quickReplyFixtures';

const renderListAs = async (email: string) => {
  ensureShippingNotice();
  await signIn(email);
  renderWithPlatform(<QuickReplyList />, { resource: 'quick-replies', route: '/quick-replies/*' });
  return screen.findByRole('row', { name: /Shipping notice/ }, { timeout: 10_000 });
};

describe('QuickReplyList', { timeout: 60_000 }, () => {
  it("lists the brand's replies with a preview and who wrote them, and searches them", async () => {
    const row = await renderListAs('agent@lumiere.example');
    expect(within(row).getByText(SHIPPING_NOTICE_BODY)).toBeInTheDocument();
    expect(within(row).getByText(ensureShippingNotice().createdByName)).toBeInTheDocument();

    await userEvent.type(screen.getByPlaceholderText('Search'), '运单号 {trackingNumber}');
    await waitFor(() =>
      screen
        .getAllByRole('row')
        .slice(1)
        .forEach((other) => expect(other).toHaveTextContent('{trackingNumber}')),
    );
    expect(screen.getByRole('row', { name: /Shipping notice/ })).toBeInTheDocument();
  });

  it('deletes a reply only after the agent confirms', async () => {
    const row = await renderListAs('agent@lumiere.example');
    await userEvent.click(await within(row).findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Delete the quick reply “发货通知 / Shipping notice”?',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(db.quickReplies.find(SHIPPING_NOTICE_ID)).toBeDefined();

    await userEvent.click(await within(row).findByRole('button', { name: 'Delete' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(screen.queryByRole('row', { name: /Shipping notice/ })).not.toBeInTheDocument(),
    );
    expect(db.quickReplies.find(SHIPPING_NOTICE_ID)).toBeUndefined();
  });

  it('lets a marketer read the replies but not create, edit or delete them', async () => {
    const row = await renderListAs('marketer@lumiere.example');
    expect(
      screen.getByText('Your role can read the team’s quick replies but not change them.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create' })).not.toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    // No form to open: the whole text is in the row.
    expect(within(row).getByText(SHIPPING_NOTICE_BODY)).toHaveStyle({ whiteSpace: 'pre-wrap' });
  });
});
