import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { ModerationList } from './ModerationList';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';

/** Query strings of the queue requests the console sends to the platform. */
function recordQueueRequests() {
  const sent: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/moderation')) sent.push(url.searchParams);
  });
  return sent;
}

const dataRows = () => screen.getAllByRole('row').slice(1);

const choose = async (label: string, option: string) => {
  await userEvent.click(await screen.findByRole('combobox', { name: label }, { timeout: 5000 }));
  await userEvent.click(await screen.findByRole('option', { name: option }, { timeout: 5000 }));
};

describe('ModerationList', { timeout: 40_000 }, () => {
  afterEach(() => server.events.removeAllListeners());

  it('shows what waits, oldest first, with its age, brand, kind, severity and number of findings', async () => {
    const sent = recordQueueRequests();
    await signIn();
    renderWithPlatform(<ModerationList />, { resource: 'moderation' });
    await screen.findByText('奇异活力 绵羊奶粉', undefined, { timeout: 10_000 });
    expect(sent[0]?.get('status')).toBe('pending');
    expect(sent[0]?.get('sort')).toBe('createdAt');
    expect(sent[0]?.get('order')).toBe('ASC');
    const rows = dataRows();
    // The seed queues six items; the one submitted 70 hours before the others' base comes first.
    expect(rows).toHaveLength(6);
    expect(rows[0]).toHaveTextContent(/^\d+ d奇异活力Product奇异活力 绵羊奶粉Warn2 findings$/);
    expect(rows[5]).toHaveTextContent('露光之家 玫瑰精华水 旅行装');
  });

  it('sends the status, age, kind and brand filters to the platform', async () => {
    const sent = recordQueueRequests();
    await signIn();
    renderWithPlatform(<ModerationList />, { resource: 'moderation' });
    await screen.findByText('奇异活力 绵羊奶粉', undefined, { timeout: 10_000 });

    await choose('Status', 'Approved');
    await waitFor(() => expect(sent.at(-1)?.get('status')).toBe('approved'), { timeout: 5000 });
    await choose('Waiting longer than', 'More than 3 days');
    await waitFor(() => expect(sent.at(-1)?.get('olderThanHours')).toBe('72'), { timeout: 5000 });

    await userEvent.click(screen.getByRole('button', { name: 'Add filter' }));
    await userEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'Kind' }, { timeout: 5000 }));
    await choose('Kind', 'Product');
    await waitFor(() => expect(sent.at(-1)?.get('kind')).toBe('product'), { timeout: 5000 });

    await userEvent.click(screen.getByRole('button', { name: 'Add filter' }));
    await userEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'Brand' }, { timeout: 5000 }));
    await userEvent.click(await screen.findByRole('combobox', { name: 'Brand' }, { timeout: 5000 }));
    await userEvent.click(await screen.findByRole('option', { name: '云山茶' }, { timeout: 5000 }));
    await waitFor(() => expect(sent.at(-1)?.get('brandId')).toMatch(/yunshan/), { timeout: 5000 });
    expect(sent.at(-1)?.get('status')).toBe('approved');
  });

  it('says so when nothing waits for review', async () => {
    server.use(http.get('*/moderation', () => HttpResponse.json({ data: [], total: 0 })));
    await signIn();
    renderWithPlatform(<ModerationList />, { resource: 'moderation' });
    expect(await screen.findByText('Nothing waits for review')).toBeInTheDocument();
    expect(
      within(screen.getByText('Nothing waits for review').parentElement as HTMLElement).getByText(
        /oldest first/,
      ),
    ).toBeInTheDocument();
  });
});
