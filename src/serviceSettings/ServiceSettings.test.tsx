import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import type { ServiceSettings } from '../api';
import { db } from '../../mocks/db/store';
import { renderInAdmin } from '../test/renderInAdmin';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { ServiceSettingsEdit } from './ServiceSettingsEdit';
import { ServiceSettingsList } from './ServiceSettingsList';
import { ServiceSettingsShow } from './ServiceSettingsShow';
import { givenLumiereSettings, LUMIERE } from './serviceSettingsFixtures';

const openAs = async (email: string, view: 'edit' | 'show') => {
  givenLumiereSettings();
  await signIn(email);
  renderWithPlatform(
    <Routes>
      <Route path=":id" element={<ServiceSettingsEdit />} />
      <Route path=":id/show" element={<ServiceSettingsShow />} />
    </Routes>,
    {
      path: `/service-settings/${LUMIERE}${view === 'show' ? '/show' : ''}`,
      resource: 'service-settings',
      route: '/service-settings/*',
    },
  );
};

const thresholdBox = () =>
  screen.findByRole('textbox', { name: /After-sales approval threshold/ }, { timeout: 10_000 });

describe('Service settings', { timeout: 60_000 }, () => {
  it('takes a brand admin to the form and an agent to the read-only page', async () => {
    for (const [role, expected] of [
      ['brand_admin', `/service-settings/${LUMIERE}`],
      ['cs_agent', `/service-settings/${LUMIERE}/show`],
    ] as const) {
      const visited: string[] = [];
      const { unmount } = renderInAdmin(<ServiceSettingsList />, {
        role,
        resource: 'service-settings',
        route: '/service-settings/*',
        onLocation: ({ pathname }) => visited.push(pathname),
      });
      await waitFor(() => expect(visited.at(-1)).toBe(expected));
      unmount();
    }
  });

  it('lets a brand admin change the approval threshold, in yuan, saved as fen', async () => {
    await openAs('admin@lumiere.example', 'edit');
    const threshold = await thresholdBox();
    await waitFor(() => expect(threshold).toHaveValue('500'));
    expect(
      screen.getByText('Agents can approve refunds up to this amount; above it a brand admin must approve.'),
    ).toBeInTheDocument();

    await userEvent.clear(threshold);
    await userEvent.type(threshold, '800');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Service settings saved')).toBeInTheDocument();
    expect((db.serviceSettings.find(LUMIERE) as ServiceSettings).approvalThresholdFen).toBe(80_000);
  });

  it('refuses a negative or too high threshold and keeps what was typed', async () => {
    await openAs('admin@lumiere.example', 'edit');
    const threshold = await thresholdBox();
    await waitFor(() => expect(threshold).toHaveValue('500'));
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '-5');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    // A minus sign is not an amount in yuan: refused before anything is sent.
    expect(await screen.findByText('Enter an amount in yuan, e.g. 129.90.')).toBeInTheDocument();
    expect(threshold).toHaveValue('-5');

    await userEvent.clear(threshold);
    await userEvent.type(threshold, '200000');
    expect(await screen.findByText('Set a threshold of ¥100,000 or less')).toBeInTheDocument();
    expect(threshold).toHaveValue('200000');
    expect((db.serviceSettings.find(LUMIERE) as ServiceSettings).approvalThresholdFen).toBe(50_000);
  });

  it('shows an agent the threshold read-only, with what it means for them', async () => {
    await openAs('agent@lumiere.example', 'show');
    expect(
      await screen.findByText(
        'Agents can approve refunds up to CN¥500.00; above it a brand admin must approve.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Only a brand admin can change these settings.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });
});
