import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OutboxApi } from '../live';
import { buildConversation, buildOrder, buildQuickReply, renderThread } from './threadTestKit';

const outbox = vi.hoisted(() => ({
  send: vi.fn<OutboxApi['send']>(() => 'key-1'),
  retry: vi.fn<OutboxApi['retry']>(),
  discard: vi.fn<OutboxApi['discard']>(),
}));

vi.mock('../live', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../live')>()),
  useOutbox: (): OutboxApi => ({ queue: [], findings: {}, ...outbox }),
}));

const marks = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-testid="claim-mirror"] mark')].map((mark) => mark.textContent);

const sendKeys = () => userEvent.keyboard('{Control>}{Enter}{/Control}');

beforeEach(() => {
  outbox.send.mockClear();
});

describe('the reply box', () => {
  it.each(['全网第一', 'No.1'])(
    'refuses to send "%s" with the claim marked, yet saves it as a note',
    async (claim) => {
      const { container } = renderThread();
      const reply = await screen.findByLabelText('Reply to the buyer');
      await userEvent.type(reply, `我们的精华${claim}`);

      await waitFor(() => expect(marks(container).length).toBeGreaterThan(0));
      expect(marks(container).join('')).toContain(claim === 'No.1' ? 'No.1' : '第一');
      expect(screen.getByRole('button', { name: 'Send reply' })).toBeDisabled();
      await sendKeys();
      expect(
        await screen.findByText('This reply cannot be sent: remove the claims marked in the text.'),
      ).toBeInTheDocument();
      expect(outbox.send).not.toHaveBeenCalled();
      expect(reply).toHaveValue(`我们的精华${claim}`);

      await userEvent.click(screen.getByRole('button', { name: 'Internal note' }));
      const note = screen.getByLabelText('Internal note (staff only)');
      await userEvent.type(note, `买家问是否${claim}`);
      await waitFor(() => expect(screen.getByRole('button', { name: 'Save note' })).toBeEnabled());
      await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
      expect(outbox.send).toHaveBeenCalledWith('conv-1', { body: `买家问是否${claim}`, internal: true });
    },
  );

  it('sends with Ctrl+Enter through the outbox and empties the box; Enter alone is a new line', async () => {
    renderThread();
    const reply = await screen.findByLabelText('Reply to the buyer');
    expect(screen.getByText(/Ctrl\+Enter to send · Enter for a new line/)).toBeInTheDocument();
    await userEvent.type(reply, '您好，已为您查询{Enter}稍等');
    expect(reply).toHaveValue('您好，已为您查询\n稍等');
    await sendKeys();
    expect(outbox.send).toHaveBeenCalledWith('conv-1', { body: '您好，已为您查询\n稍等', internal: false });
    expect(reply).toHaveValue('');
  });

  it('fills a quick reply with the buyer and order, and says which variables are still to fill in', async () => {
    const { dataProvider } = renderThread({
      dataProvider: { getMany: vi.fn(async () => ({ data: [buildOrder({ trackingNumber: null })] })) },
    });
    const reply = await screen.findByLabelText('Reply to the buyer');
    await userEvent.type(reply, '/');
    const search = await screen.findByRole('searchbox', { name: 'Search quick replies' });
    await userEvent.type(search, '发货');
    await userEvent.click(await screen.findByRole('button', { name: /Shipping notice/ }));

    await waitFor(() =>
      expect(reply).toHaveValue('您好 Mia 米娅，您的订单 RED2611200002 已发货，运单号 {trackingNumber}。'),
    );
    expect(screen.getByText('Still to fill in: {trackingNumber}')).toBeInTheDocument();
    expect(dataProvider.getList).toHaveBeenCalledWith(
      'quick-replies',
      expect.objectContaining({ sort: { field: 'title', order: 'ASC' } }),
    );
    await sendKeys();
    expect(await screen.findByText('Fill in {trackingNumber} before sending.')).toBeInTheDocument();
    expect(outbox.send).not.toHaveBeenCalled();
  });

  it('opens quick replies from the button too, and lists none when the team has none', async () => {
    renderThread({ dataProvider: { getList: vi.fn(async () => ({ data: [], total: 0 })) } });
    await userEvent.click(await screen.findByRole('button', { name: 'Quick replies' }));
    expect(await screen.findByText('Your team has no quick replies yet.')).toBeInTheDocument();
  });

  it('keeps the draft of each conversation across a re-mount', async () => {
    const first = renderThread();
    await userEvent.type(await screen.findByLabelText('Reply to the buyer'), '稍后回复您');
    first.unmount();

    const again = renderThread();
    expect(await screen.findByLabelText('Reply to the buyer')).toHaveValue('稍后回复您');
    again.unmount();

    renderThread({ conversation: buildConversation({ id: 'conv-2' }) });
    expect(await screen.findByLabelText('Reply to the buyer')).toHaveValue('');
  });

  it('says that sending takes an unassigned conversation', async () => {
    renderThread({ conversation: buildConversation({ assigneeId: null, assigneeName: null }) });
    expect(await screen.findByText(/Sending takes this conversation/)).toBeInTheDocument();
  });

  it('uses a quick reply picked with Enter in the search', async () => {
    renderThread({
      dataProvider: {
        getList: vi.fn(async () => ({ data: [buildQuickReply({ body: '好的 {agentName}' })], total: 1 })),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Quick replies' }));
    await userEvent.type(await screen.findByRole('searchbox', { name: 'Search quick replies' }), '{Enter}');
    expect(await screen.findByLabelText('Reply to the buyer')).toHaveValue('好的 Li Lei');
  });
});
