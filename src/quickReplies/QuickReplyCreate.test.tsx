import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { db } from '../../mocks/db/store';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { QuickReplyCreate } from './QuickReplyCreate';
import { QuickReplyList } from './QuickReplyList';

// The create form and the list it returns to, as the app routes them.
const renderQuickReplies = async (path = '/quick-replies/create') => {
  await signIn('agent@lumiere.example');
  renderWithPlatform(
    <Routes>
      <Route index element={<QuickReplyList />} />
      <Route path="create" element={<QuickReplyCreate />} />
    </Routes>,
    { path, resource: 'quick-replies', route: '/quick-replies/*' },
  );
};

const bodyBox = () => screen.findByRole('textbox', { name: /Reply text/ }, { timeout: 10_000 });
const preview = () => screen.getByTestId('quick-reply-preview');

describe('QuickReplyCreate', { timeout: 60_000 }, () => {
  it('inserts a variable at the cursor, previews it with sample values, and lists the saved reply', async () => {
    await renderQuickReplies();
    const body = await bodyBox();
    await userEvent.type(screen.getByRole('textbox', { name: /Title/ }), '改地址 / Address change');
    await userEvent.type(body, '您好，地址已更新。');
    // The caret after "您好": the variable goes there, not at the end.
    (body as HTMLTextAreaElement).setSelectionRange(2, 2);
    await userEvent.click(screen.getByRole('button', { name: 'Insert {buyerName} at the cursor' }));
    await waitFor(() => expect(body).toHaveValue('您好{buyerName}，地址已更新。'));
    expect(preview()).toHaveTextContent('您好Lulu，地址已更新。');

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const row = await screen.findByRole('row', { name: /改地址 \/ Address change/ });
    expect(within(row).getByText('您好{buyerName}，地址已更新。')).toBeInTheDocument();
    expect(within(row).getByText('林佳怡')).toBeInTheDocument();
    expect(db.quickReplies.all().some((reply) => reply.body === '您好{buyerName}，地址已更新。')).toBe(true);
  });

  it('fills every variable in the preview', async () => {
    await renderQuickReplies();
    const body = await bodyBox();
    fireEvent.change(body, {
      target: { value: '{buyerName} 订单 {orderNumber} 运单 {trackingNumber}，客服 {agentName}' },
    });
    await waitFor(() =>
      expect(preview()).toHaveTextContent('Lulu 订单 RED2611200002 运单 SF1403928817，客服 林佳怡'),
    );
  });

  it('warns about a name in braces that is not a variable and suggests the right spelling', async () => {
    await renderQuickReplies();
    const body = await bodyBox();
    fireEvent.change(body, { target: { value: '您好 {buyername}' } });
    expect(await screen.findByText('Not a variable: {buyername}.')).toBeInTheDocument();
    expect(screen.getByText('Did you mean {buyerName}?')).toBeInTheDocument();
    expect(preview()).toHaveTextContent('您好 {buyername}');
  });

  it('refuses a banned claim with the passage marked and everything typed kept', async () => {
    await renderQuickReplies();
    const body = await bodyBox();
    const title = screen.getByRole('textbox', { name: /Title/ });
    await userEvent.type(title, '好评');
    await userEvent.type(body, '我们的面霜全网第一');
    await waitFor(() =>
      expect(
        document.querySelectorAll('[data-testid="claim-mirror"] mark[data-severity="block"]'),
      ).not.toHaveLength(0),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Remove the blocked claims before saving')).toBeInTheDocument();
    expect(body).toHaveValue('我们的面霜全网第一');
    expect(title).toHaveValue('好评');
    expect(body).toHaveAttribute('aria-invalid', 'true');
    expect(db.quickReplies.all().some((reply) => reply.title === '好评')).toBe(false);
  });
});
