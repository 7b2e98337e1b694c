import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testDataProvider } from 'react-admin';
import type { TeamMember } from '../api';
import { renderInAdmin, testIdentity } from '../test/renderInAdmin';
import { TeamEdit } from './TeamEdit';
import { buildTeamMember } from '../test/builders';

const renderEdit = (member: TeamMember) => {
  const update = vi.fn(async (_resource: string, params: { data: Partial<TeamMember> }) => ({
    data: { ...member, ...params.data, version: member.version + 1 },
  }));
  renderInAdmin(<TeamEdit />, {
    resource: 'team',
    dataProvider: testDataProvider({
      getOne: async () => ({ data: member }) as never,
      update: update as never,
    }),
    path: `/team/${member.id}`,
    route: '/team/:id',
  });
  return { update };
};

beforeEach(() => localStorage.clear());

describe('TeamEdit', () => {
  it('asks for confirmation, then deactivates with the version it was based on', async () => {
    const { update } = renderEdit(buildTeamMember());
    await userEvent.click(await screen.findByRole('button', { name: 'Deactivate' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Deactivate Chen Jing?')).toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update.mock.calls[0]?.[1]).toMatchObject({
      id: 'm2',
      data: { version: 4, status: 'deactivated' },
    });
    expect(await screen.findByText('Chen Jing was deactivated')).toBeInTheDocument();
  });

  it('does nothing when the confirmation is cancelled', async () => {
    const { update } = renderEdit(buildTeamMember());
    await userEvent.click(await screen.findByRole('button', { name: 'Deactivate' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(update).not.toHaveBeenCalled();
  });

  it('offers to reactivate a deactivated member', async () => {
    renderEdit(buildTeamMember({ status: 'deactivated' }));
    expect(await screen.findByRole('button', { name: 'Reactivate' })).toBeEnabled();
  });

  it('does not let you deactivate or demote yourself', async () => {
    const me = testIdentity('brand_admin');
    renderEdit(buildTeamMember({ id: me.id, email: me.email, name: me.fullName, role: 'brand_admin' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Deactivate' })).toBeDisabled());
    expect(screen.getByText("You can't deactivate yourself.")).toBeInTheDocument();
    expect(screen.getByText("You can't change your own role.")).toBeInTheDocument();
  });

  it('saves only the name and role, with the version', async () => {
    const { update } = renderEdit(buildTeamMember());
    const name = await screen.findByLabelText(/Name/);
    await userEvent.clear(name);
    await userEvent.type(name, 'Chen Jingjing');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    expect(update.mock.calls[0]?.[1].data).toEqual({
      version: 4,
      name: 'Chen Jingjing',
      role: 'brand_marketer',
    });
  });
});
