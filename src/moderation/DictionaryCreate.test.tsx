import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataProvider } from '../api/dataProvider';
import { DictionaryCreate } from './DictionaryCreate';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';

describe('DictionaryCreate', { timeout: 40_000 }, () => {
  it('explains each kind and asks for term details only for terms', async () => {
    await signIn();
    renderWithPlatform(<DictionaryCreate />, {
      resource: 'claim-dictionary',
      path: '/claim-dictionary/create',
    });
    expect(
      await screen.findByText('Checked as a banned claim wherever it appears.', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: /Kind/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Registered trademark' }));
    expect(await screen.findByText(/An allowlisted registered trademark/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Language' })).not.toBeInTheDocument();
  });

  it('requires a note explaining why, then adds the entry and opens it', async () => {
    const create = vi.spyOn(dataProvider, 'create');
    const locations: string[] = [];
    await signIn();
    renderWithPlatform(<DictionaryCreate />, {
      resource: 'claim-dictionary',
      path: '/claim-dictionary/create',
      onLocation: (location) => locations.push(location.pathname),
    });
    await userEvent.type(
      await screen.findByRole('textbox', { name: /Text/ }, { timeout: 10_000 }),
      '秒杀全网',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Required')).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();

    await userEvent.type(
      screen.getByRole('textbox', { name: /Note/ }),
      'Disparaging comparison seen in three brands',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]?.[1].data).toMatchObject({
      kind: 'term',
      text: '秒杀全网',
      lang: 'zh',
      note: 'Disparaging comparison seen in three brands',
    });
    expect(await screen.findByText('Entry added; it takes effect now.')).toBeInTheDocument();
    await waitFor(() => expect(locations.at(-1)).toMatch(/^\/claim-dictionary\/dict-\d+\/show$/));
  });
});
