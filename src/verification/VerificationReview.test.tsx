import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Brand, VerificationApplication } from '../api';
import { dataProvider } from '../api/dataProvider';
import { getRecord, renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { NORDBLOOM, submitNordbloomApplication } from './ReviewFixtures';
import { VerificationReview } from './VerificationReview';

const RESOURCE = 'verification-applications';

const openApplication = async (id: string) => {
  const locations: string[] = [];
  renderWithPlatform(<VerificationReview />, {
    resource: RESOURCE,
    path: `/${RESOURCE}/${id}/show`,
    route: `/${RESOURCE}/:id/show`,
    onLocation: (location) => locations.push(location.pathname),
  });
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
  // Decided or waiting, the page ends with the decision: to take, or taken.
  await screen.findByRole('heading', { name: /^(Your decision|Decision)$/ });
  return { locations };
};

const section = (name: string) => screen.getByRole('region', { name });

describe('VerificationReview', { timeout: 60_000 }, () => {
  it('shows each document beside the details it proves, and opens a scan larger', async () => {
    await submitNordbloomApplication();
    await openApplication(NORDBLOOM);
    expect(screen.getByRole('heading', { name: 'Verification of 北境花园' })).toBeInTheDocument();
    expect(screen.getByText('Account name: 北境花园 / Nordic Bloom')).toBeInTheDocument();

    const company = section('Company');
    expect(within(company).getByText('Nordbloom AB')).toBeInTheDocument();
    expect(within(company).getByText('Sweden (SE)')).toBeInTheDocument();
    expect(
      within(company).getByRole('group', { name: 'Business licence or company registration' }),
    ).toBeInTheDocument();
    expect(within(section('Legal representative')).getByText('Astrid Lindqvist')).toBeInTheDocument();
    expect(within(section('Trademark')).getByText('G1234567')).toBeInTheDocument();
    // The applicant owns its trademark: no authorisation letter is asked for.
    expect(screen.queryByRole('region', { name: 'Brand authorisation' })).not.toBeInTheDocument();

    await userEvent.click(within(company).getByRole('button', { name: /^View .* larger$/ }));
    const viewer = await screen.findByRole('dialog', { name: /Business licence or company registration/ });
    await userEvent.click(within(viewer).getByRole('button', { name: 'Zoom in' }));
    expect(within(viewer).getByText('150%')).toBeInTheDocument();
    await userEvent.click(within(viewer).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('rejects with a reason on one document, and the platform keeps it on that field', async () => {
    const command = vi.spyOn(dataProvider, 'command');
    const submitted = await submitNordbloomApplication();
    const { locations } = await openApplication(NORDBLOOM);

    await userEvent.click(
      screen.getByRole('button', { name: 'Reject Business licence or company registration' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Reason for rejection' });
    expect(within(dialog).getByRole('combobox', { name: /Field or document/ })).toHaveTextContent(
      'Business licence or company registration',
    );
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Reason/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'The scan is unreadable' }));
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Note for the brand/ }),
      'Blurred stamp',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add reason' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const reasons = screen.getByRole('list', { name: /Reasons for rejection/ });
    expect(
      within(reasons).getByText('Business licence or company registration: The scan is unreadable'),
    ).toBeInTheDocument();
    expect(within(reasons).getByText('Blurred stamp')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Reject' }));
    const confirm = await screen.findByRole('dialog', { name: 'Reject the verification of 北境花园?' });
    expect(within(confirm).getByText(/sees 1 reason on its application/)).toBeInTheDocument();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Reject' }));

    await waitFor(() =>
      expect(command).toHaveBeenCalledWith(RESOURCE, NORDBLOOM, 'decision', {
        version: submitted.version,
        outcome: 'reject',
        rejections: [{ field: 'businessLicence', reason: 'scan_unreadable', note: 'Blurred stamp' }],
      }),
    );
    expect(await screen.findByText('Rejected. The brand has been told why.')).toBeInTheDocument();
    await waitFor(() => expect(locations.at(-1)).toBe(`/${RESOURCE}`));
    const decided = await getRecord<VerificationApplication>(RESOURCE, NORDBLOOM);
    expect(decided.status).toBe('rejected');
    expect(decided.rejections).toEqual([
      { field: 'businessLicence', reason: 'scan_unreadable', note: 'Blurred stamp' },
    ]);
  });

  it('asks for a reason before rejecting, and a note when the reason is "Other"', async () => {
    await submitNordbloomApplication();
    await openApplication(NORDBLOOM);
    expect(screen.getByText(/No reasons yet/)).toBeInTheDocument();
    // Reject without any reason opens the reason dialog rather than sending an empty rejection.
    await userEvent.click(screen.getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reason for rejection' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add reason' }));
    expect(await within(dialog).findAllByText('Required')).toHaveLength(2);

    await userEvent.click(within(dialog).getByRole('combobox', { name: /Field or document/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Trademark owner' }));
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Reason/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Other' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add reason' }));
    expect(await within(dialog).findByText('Required')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Note for the brand/ }), 'A person');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add reason' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    // The field shows the drafted reason; removing it can be undone.
    const owner = screen.getByRole('group', { name: 'Trademark owner' });
    expect(within(owner).getByRole('button', { name: /Other/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove reason for Trademark owner' }));
    expect(screen.getByText(/No reasons yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByText('Trademark owner: Other')).toBeInTheDocument();
  });

  it('approves after confirming, and the brand becomes verified', async () => {
    const command = vi.spyOn(dataProvider, 'command');
    const submitted = await submitNordbloomApplication();
    const { locations } = await openApplication(NORDBLOOM);
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    const confirm = await screen.findByRole('dialog', { name: 'Approve the verification of 北境花园?' });
    expect(command).not.toHaveBeenCalledWith(RESOURCE, NORDBLOOM, 'decision', expect.anything());
    await userEvent.click(within(confirm).getByRole('button', { name: 'Approve' }));
    await waitFor(() =>
      expect(command).toHaveBeenCalledWith(RESOURCE, NORDBLOOM, 'decision', {
        version: submitted.version,
        outcome: 'approve',
        rejections: [],
      }),
    );
    expect(await screen.findByText('Approved. Here is the next request.')).toBeInTheDocument();
    await waitFor(() => expect(locations.at(-1)).toBe(`/${RESOURCE}`));
    expect((await getRecord<VerificationApplication>(RESOURCE, NORDBLOOM)).status).toBe('approved');
    expect((await getRecord<Brand>('brands', NORDBLOOM)).verificationStatus).toBe('approved');
  });

  it('says so when the application changed meanwhile, and shows it as it is now', async () => {
    const submitted = await submitNordbloomApplication();
    await openApplication(NORDBLOOM);
    // Another moderator decides first.
    await dataProvider.command(RESOURCE, NORDBLOOM, 'decision', {
      version: submitted.version,
      outcome: 'approve',
      rejections: [],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Approve' }));
    expect(
      await screen.findByText('This application changed while you were reviewing it. It has been reloaded.'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Decision' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
  });

  it('shows a rejected application read-only, each reason on its field', async () => {
    const submitted = await submitNordbloomApplication();
    await dataProvider.command(RESOURCE, NORDBLOOM, 'decision', {
      version: submitted.version,
      outcome: 'reject',
      rejections: [{ field: 'legalRepId', reason: 'document_expired', note: 'Expired in 2025' }],
    });
    await openApplication(NORDBLOOM);
    expect(screen.queryByRole('button', { name: /^Reject/ })).not.toBeInTheDocument();
    const idCard = screen.getByRole('group', { name: "Legal representative's ID" });
    expect(within(idCard).getByText('The document has expired — Expired in 2025')).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Decision' });
    expect(within(summary).getByText(/^Rejected by .+ on /)).toBeInTheDocument();
    const history = within(summary).getByRole('list', { name: 'History' });
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^Rejected by /),
      expect.stringMatching(/^Submitted by Astrid Lindqvist/),
    ]);
  });

  it('shows a decided application read-only, with its history', async () => {
    await signIn();
    await openApplication('brand-lumiere');
    expect(screen.getByRole('heading', { name: 'Verification of 露光之家' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Reject/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Decision' });
    expect(within(summary).getByText(/^Approved (by .+ )?on /)).toBeInTheDocument();
    expect(within(summary).getByRole('list', { name: 'History' })).toBeInTheDocument();
  });
});
