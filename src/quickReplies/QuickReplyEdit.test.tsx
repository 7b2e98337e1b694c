import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import type { QuickReply } from '../api';
import { db } from '../../mocks/db/store';
import { server } from '../../mocks/node';
import { problem, problemResponse } from '../../mocks/lib/problem';
import { apiPath } from '../../mocks/lib/route';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { QuickReplyEdit } from './QuickReplyEdit';
import { ensureShippingNotice, SHIPPING_NOTICE_ID as SHIPPING_NOTICE } from './quickReplyFixtures';

const openShippingNotice = async () => {
  ensureShippingNotice();
  await signIn('agent@lumiere.example');
  renderWithPlatform(<QuickReplyEdit />, {
    path: `/quick-replies/${SHIPPING_NOTICE}`,
    route: '/quick-replies/:id',
  });
  const body = await screen.findByRole('textbox', { name: /Reply text/ }, { timeout: 10_000 });
  await waitFor(() => expect((body as HTMLTextAreaElement).value).toContain('{trackingNumber}'));
  return body;
};

describe('QuickReplyEdit', { timeout: 60_000 }, () => {
  it("shows the platform's claim refusal on the reply text and keeps what was typed", async () => {
    // A term the platform's dictionary has and the console's has not (yet): the 422 is the last word.
    server.use(
      http.patch(apiPath(`/quick-replies/${SHIPPING_NOTICE}`), () =>
        problemResponse(
          problem(422, 'claims.blocked', 'Blocked claims', {
            errors: { body: 'claims.blocked_field' },
          }),
        ),
      ),
    );
    const body = await openShippingNotice();
    fireEvent.change(body, { target: { value: '您好 {buyerName}，闪电发货！' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(
        'RED does not allow the claims marked in this text. Remove them before saving.',
      ),
    ).toBeInTheDocument();
    expect(body).toHaveValue('您好 {buyerName}，闪电发货！');
  });

  it('offers to compare when a teammate saved the reply in between', async () => {
    const body = await openShippingNotice();
    const stored = db.quickReplies.find(SHIPPING_NOTICE) as QuickReply;
    db.quickReplies.save({ ...stored, title: '发货啦', version: stored.version + 1 });
    fireEvent.change(body, { target: { value: '{buyerName} 您好，已发货：{trackingNumber}' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Someone else changed this record since you opened it'),
    ).toBeInTheDocument();
    expect(body).toHaveValue('{buyerName} 您好，已发货：{trackingNumber}');
  });
});
