import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Brand } from '../api';
import { pngFile } from '../components/uploads/testFiles';
import { getRecord, renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { BrandEdit } from './BrandEdit';

const renderEdit = async (email = 'admin@lumiere.example', id = 'brand-lumiere') => {
  await signIn(email);
  const onLocation = vi.fn();
  renderWithPlatform(<BrandEdit />, { path: `/brands/${id}`, route: '/brands/:id', onLocation });
  return { onLocation, name: await screen.findByRole('textbox', { name: /^Name/ }, { timeout: 5000 }) };
};

describe('BrandEdit', () => {
  it('refuses a name with a banned claim and keeps what was typed', async () => {
    const { name } = await renderEdit();
    await userEvent.clear(name);
    await userEvent.type(name, '全网销量第一的护肤');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Remove the blocked claims before saving')).toBeInTheDocument();
    expect(name).toHaveValue('全网销量第一的护肤');
    expect((await getRecord<Brand>('brands', 'brand-lumiere')).name).toBe('露光之家');
  });

  it('saves the profile with a new logo and shows it', async () => {
    const { name, onLocation } = await renderEdit('admin@nordbloom.example', 'brand-nordbloom');
    await userEvent.clear(name);
    await userEvent.type(name, '北境花园旗舰');
    await userEvent.upload(
      screen.getByLabelText('Logo', { selector: 'input' }),
      pngFile('nordbloom.png', 400, 400),
    );
    // Under jsdom the multipart file reaches the mock platform without its name, so only the preview counts.
    expect(await screen.findByRole('img', { name: /^Preview of/ })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onLocation).toHaveBeenLastCalledWith(
        expect.objectContaining({ pathname: '/brands/brand-nordbloom/show' }),
      ),
    );
    const saved = await getRecord<Brand>('brands', 'brand-nordbloom');
    expect(saved).toMatchObject({ name: '北境花园旗舰', version: 2, logo: { contentType: 'image/png' } });
  });

  it("refuses a logo the platform can't use and keeps the rest of the form", async () => {
    const { name } = await renderEdit('admin@nordbloom.example', 'brand-nordbloom');
    await userEvent.type(name, '·');
    await userEvent.upload(
      screen.getByLabelText('Logo', { selector: 'input' }),
      pngFile('small.png', 120, 120),
    );
    // jsdom decodes no pixels, so this is the platform's own check answering.
    expect(await screen.findByRole('alert')).toHaveTextContent('each side needs at least 200 px');
    expect(name).toHaveValue('北境花园·');
  });
});
