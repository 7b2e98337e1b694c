import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '../../mocks/node';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { submitNordbloomApplication } from './ReviewFixtures';
import { VerificationList } from './VerificationList';

/** Query strings of the queue requests the console sends to the platform. */
function recordQueueRequests() {
  const sent: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/verification-applications')) sent.push(url.searchParams);
  });
  return sent;
}

const dataRows = () => screen.getAllByRole('row').slice(1);

describe('VerificationList', { timeout: 40_000 }, () => {
  afterEach(() => server.events.removeAllListeners());

  it('shows moderators what waits for a decision, oldest submission first, with its age', async () => {
    await submitNordbloomApplication();
    const sent = recordQueueRequests();
    renderWithPlatform(<VerificationList />, { resource: 'verification-applications' });
    await screen.findByText('北境花园', undefined, { timeout: 10_000 });
    expect(sent[0]?.get('status')).toBe('submitted');
    expect(sent[0]?.get('sort')).toBe('submittedAt');
    expect(sent[0]?.get('order')).toBe('ASC');
    // The three seeded brands are verified already: only the new request waits.
    const rows = dataRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent(/^0 min北境花园Nordic BloomNordbloom ABSwedenSubmitted$/);
  });

  it('looks back at every status, still oldest first, and searches by brand', async () => {
    await submitNordbloomApplication();
    const sent = recordQueueRequests();
    renderWithPlatform(<VerificationList />, { resource: 'verification-applications' });
    await screen.findByText('北境花园', undefined, { timeout: 10_000 });

    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    // react-admin names the empty choice "Clear value"; it reads "Any status".
    await userEvent.click(within(await screen.findByRole('listbox')).getByText('Any status'));
    await waitFor(() => expect(dataRows()).toHaveLength(4), { timeout: 5000 });
    expect(sent.at(-1)?.get('status')).toBeNull();
    // The seeded brands were submitted long ago; Nordic Bloom a moment ago, so it comes last.
    expect(dataRows().at(-1)).toHaveTextContent('北境花园');
    expect(dataRows()[0]).toHaveTextContent('Approved');

    await userEvent.type(screen.getByRole('textbox', { name: 'Search brand' }), 'lumi');
    await waitFor(() => expect(sent.at(-1)?.get('q')).toBe('lumi'), { timeout: 5000 });
    await waitFor(() => expect(dataRows()).toHaveLength(1), { timeout: 5000 });
    expect(dataRows()[0]).toHaveTextContent('Maison Lumière');
  });

  it('says so when nothing waits for a decision', async () => {
    await signIn();
    renderWithPlatform(<VerificationList />, { resource: 'verification-applications' });
    const empty = await screen.findByText('No verification requests here', undefined, { timeout: 10_000 });
    expect(within(empty.parentElement as HTMLElement).getByText(/oldest first/)).toBeInTheDocument();
  });

  it('takes a brand user straight to their own application', async () => {
    await signIn('admin@lumiere.example');
    const locations: string[] = [];
    renderWithPlatform(<VerificationList />, {
      resource: 'verification-applications',
      onLocation: (location) => locations.push(location.pathname),
    });
    await waitFor(() => expect(locations.at(-1)).toBe('/verification-applications/brand-lumiere'));
    expect(await screen.findByText('Another page')).toBeInTheDocument();
  });
});
