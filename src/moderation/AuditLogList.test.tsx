import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '../../mocks/node';
import { AuditLogList } from './AuditLogList';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';

describe('AuditLogList', { timeout: 40_000 }, () => {
  afterEach(() => server.events.removeAllListeners());

  it('is read-only: no create, edit, delete, export or bulk controls', async () => {
    await signIn();
    renderWithPlatform(<AuditLogList />, { resource: 'audit-log' });
    await screen.findAllByText('Entry added', undefined, { timeout: 10_000 });
    for (const name of [/create/i, /edit/i, /delete/i, /export/i]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('filters by action and searches on the platform, newest first', async () => {
    const sent: URLSearchParams[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/audit-log')) sent.push(url.searchParams);
    });
    await signIn();
    renderWithPlatform(<AuditLogList />, { resource: 'audit-log' });
    await screen.findAllByText('Entry added', undefined, { timeout: 10_000 });
    expect(sent[0]?.get('sort')).toBe('at');
    expect(sent[0]?.get('order')).toBe('DESC');

    await userEvent.click(screen.getByRole('combobox', { name: 'Action' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Item rejected' }));
    await waitFor(() => expect(sent.at(-1)?.get('action')).toBe('moderation.reject'));
    await userEvent.type(screen.getByPlaceholderText('Search'), '吊打');
    await waitFor(() => expect(sent.at(-1)?.get('q')).toBe('吊打'));
    expect(sent.at(-1)?.get('action')).toBe('moderation.reject');
  });
});
