import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataProvider } from '../api/dataProvider';
import { DictionaryList } from './DictionaryList';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';

describe('DictionaryList', { timeout: 40_000 }, () => {
  it('disables an entry only with a note, sending the version it saw', async () => {
    const update = vi.spyOn(dataProvider, 'update');
    await signIn();
    renderWithPlatform(<DictionaryList />, { resource: 'claim-dictionary' });
    const row = (await screen.findByText('吊打', undefined, { timeout: 10_000 })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByText('Enabled')).toBeInTheDocument();

    await userEvent.click(within(row).getByRole('button', { name: 'Disable' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable "吊打"?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await within(dialog).findByText('Required')).toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();

    await userEvent.click(within(dialog).getByRole('textbox', { name: /Why/ }));
    await userEvent.paste('Too broad: flags sports copy');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    expect(update.mock.calls[0]?.[1].data).toEqual({
      version: 1,
      enabled: false,
      note: 'Too broad: flags sports copy',
    });
    expect(
      await screen.findByText('"吊打" is disabled.', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(within(row).getByText('Disabled')).toBeInTheDocument());
  });
});
