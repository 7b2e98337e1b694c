import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FieldRejection, VerificationApplication, VerificationUpdate } from '../api';
import { dataProvider } from '../api/dataProvider';
import { pngFile } from '../components/uploads/testFiles';
import { fakeAuthProvider, renderInAdmin } from '../test/renderInAdmin';
import { getRecord, renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { VerificationEdit } from './VerificationEdit';

const id = 'brand-nordbloom';
const brandAdmin = 'admin@nordbloom.example';

const application = () => getRecord<VerificationApplication>('verification-applications', id);

/** Fills in Nordic Bloom's application through the platform, as its admin would have. */
async function fillApplication(changes: Partial<VerificationUpdate> = {}) {
  await signIn(brandAdmin);
  const document = async (name: string) => {
    const {
      id: fileId,
      name: fileName,
      contentType,
      url,
    } = await dataProvider.uploadFile(pngFile(name), 'document');
    return { id: fileId, name: fileName, contentType, url };
  };
  const current = await application();
  const data: VerificationUpdate = {
    version: current.version,
    companyName: 'Nordic Bloom AB',
    registrationNumber: '556677-8899',
    companyCountry: 'SE',
    legalRepresentative: 'Astrid Lindqvist',
    trademarkNumber: 'SE-2021-04512',
    trademarkOwner: 'Nordic Bloom AB',
    applicantOwnsTrademark: true,
    businessLicence: await document('registration.png'),
    legalRepId: await document('passport.png'),
    trademarkCertificate: await document('trademark.png'),
    ...changes,
  };
  await dataProvider.update('verification-applications', { id, data, previousData: current });
}

async function rejectApplication(rejections: FieldRejection[]) {
  await fillApplication();
  await dataProvider.command('verification-applications', id, 'submit', {
    version: (await application()).version,
  });
  await signIn('moderator@red.example');
  const { version } = await application();
  await dataProvider.command('verification-applications', id, 'decision', {
    version,
    outcome: 'reject',
    rejections,
  });
}

const renderApplication = async () => {
  await signIn(brandAdmin);
  renderWithPlatform(<VerificationEdit />, {
    path: `/verification-applications/${id}`,
    route: '/verification-applications/:id',
  });
  return screen.findByRole('textbox', { name: 'Company name' }, { timeout: 5000 });
};

describe('VerificationEdit', () => {
  it('shows the moderators’ reasons on the fields they concern, and a summary at the top', async () => {
    await rejectApplication([
      {
        field: 'trademarkOwner',
        reason: 'trademark_owner_mismatch',
        note: 'The certificate names Bloom Holding AB.',
      },
      { field: 'businessLicence', reason: 'scan_unreadable', note: '' },
    ]);
    await renderApplication();

    const banner = screen.getByRole('region', { name: 'Changes needed' });
    expect(
      within(banner).getByText(/The trademark owner differs from the licence holder/),
    ).toBeInTheDocument();
    expect(within(banner).getByText('The certificate names Bloom Holding AB.')).toBeInTheDocument();

    const owner = screen.getByRole('textbox', { name: 'Trademark owner' });
    expect(owner).toHaveAccessibleDescription(
      /Rejected: The trademark owner differs from the licence holder.*Moderator’s note: The certificate names Bloom Holding AB\./,
    );
    expect(
      screen.getByRole('button', { name: 'Replace: Business licence or company registration' }),
    ).toHaveAccessibleDescription(/Rejected: The scan is unreadable/);
    expect(screen.getByRole('textbox', { name: 'Company name' })).not.toHaveAccessibleDescription(/Rejected/);

    await userEvent.click(within(banner).getByRole('button', { name: 'Go to Trademark owner' }));
    expect(owner).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Submit again' })).toBeEnabled();
  });

  it('saves what was typed and marks every missing field when submitted incomplete', async () => {
    const companyName = await renderApplication();
    await userEvent.type(companyName, 'Nordic Bloom AB');
    await userEvent.click(screen.getByRole('button', { name: 'Submit for review' }));

    const summary = await screen.findByRole(
      'alert',
      { name: 'Some fields need your attention' },
      { timeout: 5000 },
    );
    expect(
      within(summary).getByRole('button', { name: 'Registration number: Required' }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByRole('button', { name: "Legal representative's ID: Required" }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Registration number' })).toHaveAccessibleDescription(
      /Required/,
    );
    expect(
      screen.getByRole('button', { name: 'Choose file: Trademark registration certificate' }),
    ).toHaveAccessibleDescription(/Required/);
    expect(companyName).toHaveValue('Nordic Bloom AB');
    expect(await application()).toMatchObject({ status: 'draft', companyName: 'Nordic Bloom AB' });
  });

  it('submits a complete application, then shows it waiting for review, read-only', async () => {
    await fillApplication({ legalRepresentative: '' });
    await renderApplication();
    await userEvent.type(screen.getByRole('textbox', { name: 'Legal representative' }), 'Astrid Lindqvist');
    await userEvent.click(screen.getByRole('button', { name: 'Submit for review' }));

    expect(
      await screen.findByRole('region', { name: 'Waiting for review' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit for review' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Legal representative' })).toHaveAttribute('readonly');
    expect(screen.getByText('Submitted by Astrid Lindqvist')).toBeInTheDocument();
    expect(await application()).toMatchObject({
      status: 'submitted',
      legalRepresentative: 'Astrid Lindqvist',
    });
  });

  it('asks for the authorisation letter when the company does not own the trademark', async () => {
    await renderApplication();
    expect(screen.queryByRole('group', { name: 'Brand authorisation letter' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: 'Our company owns the trademark' }));
    expect(screen.getByRole('group', { name: 'Brand authorisation letter' })).toBeInTheDocument();
    expect(screen.getByText(/Someone else owns the trademark/)).toBeInTheDocument();
  });

  it('shows people who may read but not change the application a read-only page', async () => {
    await fillApplication();
    const draft = await application();
    renderInAdmin(<VerificationEdit />, {
      authProvider: fakeAuthProvider('brand_admin', {
        canAccess: async ({ action }) => action !== 'edit',
      }),
      dataProvider: { getOne: async () => ({ data: draft }) as never },
      path: `/verification-applications/${id}`,
      route: '/verification-applications/:id',
    });
    expect(
      await screen.findByText(
        'Your role can read this application but not change it.',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Company name' })).toHaveValue('Nordic Bloom AB');
    expect(screen.getByRole('textbox', { name: 'Company name' })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Submit for review' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
  });
});
