import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QueuedReply } from '../../domain/service';
import type { OutboxApi } from '../live';
import { buildConversation, buildMessage, renderThread } from './threadTestKit';

const live = vi.hoisted(() => ({
  queued: [] as QueuedReply[],
  retry: vi.fn<OutboxApi['retry']>(),
  discard: vi.fn<OutboxApi['discard']>(),
}));

vi.mock('../live', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../live')>()),
  useQueuedReplies: () => live.queued,
  usePresence: () => [
    {
      conversationId: 'conv-1',
      userId: 'user-2',
      userName: '陈美',
      state: 'typing',
      at: '2026-03-02T06:00:00Z',
    },
  ],
  useOutbox: (): OutboxApi => ({
    queue: live.queued,
    findings: {},
    send: () => 'key',
    retry: live.retry,
    discard: live.discard,
  }),
}));

const queued = (overrides: Partial<QueuedReply>): QueuedReply => ({
  key: 'k1',
  conversationId: 'conv-1',
  body: '马上为您处理',
  internal: false,
  queuedAt: 0,
  state: 'pending',
  attempts: 0,
  error: null,
  ...overrides,
});

beforeEach(() => {
  live.queued = [];
});

describe('the conversation thread', () => {
  it('shows each kind of message as text, notes apart, auto-replies marked', async () => {
    renderThread({
      messages: [
        buildMessage({ id: 'm1', body: '<b>hi</b>' }),
        buildMessage({
          id: 'm2',
          kind: 'image',
          body: '[image]',
          imageUrl: 'https://img.example/1.jpg',
        }),
        buildMessage({
          id: 'm3',
          author: 'agent',
          authorId: 'user-cs_agent',
          authorName: 'Li Lei',
          kind: 'product',
          product: { productId: 'p1', name: '玫瑰精华', priceFen: 12_900, imageUrl: null },
        }),
        buildMessage({
          id: 'm4',
          author: 'agent',
          authorId: 'user-cs_agent',
          authorName: 'Li Lei',
          kind: 'order',
          order: {
            orderId: 'o1',
            number: 'RED2611200002',
            totalFen: 25_800,
            status: 'shipped',
            itemCount: 2,
          },
        }),
        buildMessage({ id: 'm5', author: 'agent', authorName: 'Li Lei', internal: true, body: '已核实地址' }),
        buildMessage({ id: 'm6', author: 'auto', authorId: null, authorName: 'Lumière', body: '您好，稍等' }),
        buildMessage({ id: 'm7', author: 'system', authorId: null, authorName: 'RED', body: '会话已转接' }),
      ],
    });
    expect(await screen.findByText('<b>hi</b>')).toBeInTheDocument();
    expect(screen.queryByText('hi', { selector: 'b' })).not.toBeInTheDocument();
    // The list shows once it has scrolled to the newest message: wait for it to be visible.
    expect(await screen.findByRole('img', { name: 'Image sent by Mia 米娅' })).toHaveAttribute(
      'src',
      'https://img.example/1.jpg',
    );
    const product = screen.getByRole('group', { name: 'Product' });
    expect(within(product).getByText('玫瑰精华')).toBeInTheDocument();
    expect(within(product).getByText('CN¥129.00')).toBeInTheDocument();
    const order = screen.getByRole('group', { name: 'Order' });
    expect(within(order).getByText('RED2611200002')).toBeInTheDocument();
    expect(within(order).getByText('CN¥258.00 · Shipped · 2 items')).toBeInTheDocument();
    const note = screen.getByRole('article', { name: /Internal note by Li Lei/ });
    expect(within(note).getByText("Internal note · buyers don't see this")).toBeInTheDocument();
    expect(screen.getByText('Auto-reply')).toBeInTheDocument();
    expect(screen.getByText(/会话已转接/)).toBeInTheDocument();
    expect(screen.getByText('陈美 is typing…')).toBeInTheDocument();
  });

  it('opens an image larger in a dialog', async () => {
    renderThread({
      messages: [buildMessage({ kind: 'image', body: '[image]', imageUrl: 'https://img.example/1.jpg' })],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Open the image sent by Mia 米娅' }));
    expect(await screen.findByRole('dialog', { name: 'Image sent by Mia 米娅' })).toBeInTheDocument();
  });

  it('shows queued replies with their state, and lets a refused one be retried or discarded', async () => {
    live.queued = [
      queued({ key: 'k1', state: 'sending' }),
      queued({ key: 'k2', body: '第二条', state: 'pending' }),
      queued({ key: 'k3', body: '全网第一', state: 'failed', error: 'claims.blocked' }),
    ];
    renderThread();
    expect(await screen.findByText('Sending…')).toBeInTheDocument();
    expect(screen.getByText('Waiting to send')).toBeInTheDocument();
    expect(screen.getByText(/^Not sent: /)).toBeInTheDocument();

    await userEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(live.retry).toHaveBeenCalledWith('k3', '全网第一');
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const edit = screen.getByLabelText('Edit the reply');
    await userEvent.clear(edit);
    await userEvent.type(edit, '口碑很好');
    await userEvent.click(screen.getByRole('button', { name: 'Save and retry' }));
    expect(live.retry).toHaveBeenLastCalledWith('k3', '口碑很好');

    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard this reply?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Discard' }));
    expect(live.discard).toHaveBeenCalledWith('k3');
  });

  it("offers a teammate's conversation to take over, and notes only meanwhile", async () => {
    const conversation = buildConversation({ assigneeId: 'user-2', assigneeName: '陈美', version: 4 });
    const { dataProvider } = renderThread({ conversation });
    expect(await screen.findByText(/陈美 is handling this conversation/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reply' })).toBeDisabled();
    expect(screen.getByLabelText('Internal note (staff only)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Take over' }));
    expect(dataProvider.command).toHaveBeenCalledWith('conversations', 'conv-1', 'assign', {
      version: 4,
      assigneeId: 'user-cs_agent',
    });
    expect(await screen.findByText('You are handling this conversation now')).toBeInTheDocument();
  });

  it('lets a marketer read the thread without a reply box', async () => {
    renderThread({ role: 'brand_marketer' });
    expect(await screen.findByText('你好')).toBeInTheDocument();
    expect(screen.getByText(/You can read this conversation/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Reply to the buyer')).not.toBeInTheDocument();
  });
});
