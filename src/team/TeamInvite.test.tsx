import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError, testDataProvider } from 'react-admin';
import { renderInAdmin } from '../test/renderInAdmin';
import { TeamInvite } from './TeamInvite';
import { buildTeamMember } from '../test/builders';

const fillAndSend = async () => {
  await userEvent.type(await screen.findByLabelText(/Email/), 'wang.fang@bloom.test');
  await userEvent.type(screen.getByLabelText(/Name/), 'Wang Fang');
  await userEvent.click(screen.getByRole('combobox', { name: /Role/ }));
  await userEvent.click(await screen.findByRole('option', { name: 'Customer-service agent' }));
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));
};

beforeEach(() => localStorage.clear());

describe('TeamInvite', () => {
  it('sends the invitation and says to whom', async () => {
    const create = vi.fn(async (_resource: string, params: { data: object }) => ({
      data: buildTeamMember({ id: 'm9', status: 'invited', ...params.data }),
    }));
    renderInAdmin(<TeamInvite />, {
      resource: 'team',
      dataProvider: testDataProvider({ create: create as never }),
      path: '/team/create',
    });
    await fillAndSend();
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]?.[1].data).toEqual({
      email: 'wang.fang@bloom.test',
      name: 'Wang Fang',
      role: 'cs_agent',
    });
    expect(await screen.findByText('Invitation sent to wang.fang@bloom.test')).toBeInTheDocument();
  });

  it('shows "already on the team" next to the email when the platform refuses it', async () => {
    const create = vi.fn().mockRejectedValue(
      new HttpError('errors.validation', 422, {
        status: 422,
        title: 'Taken',
        errors: { email: 'team.errors.email_taken' },
      }),
    );
    renderInAdmin(<TeamInvite />, {
      resource: 'team',
      dataProvider: testDataProvider({ create }),
      path: '/team/create',
    });
    await fillAndSend();
    expect(await screen.findByText('Someone with this email is already on the team.')).toBeInTheDocument();
  });
});
