import { screen } from '@testing-library/react';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { BrandShow } from './BrandShow';

const renderShow = async (email: string, id: string) => {
  await signIn(email);
  renderWithPlatform(<BrandShow />, { path: `/brands/${id}/show`, route: '/brands/:id/show' });
};

describe('BrandShow', () => {
  it('shows a new brand its profile, that it is not verified and the way to start, with an Edit button', async () => {
    await renderShow('admin@nordbloom.example', 'brand-nordbloom');
    expect(await screen.findByText('北境花园', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Nordic Bloom')).toBeInTheDocument();
    expect(screen.getByText('Sweden')).toBeInTheDocument();
    expect(screen.getByText('No logo yet')).toBeInTheDocument();
    expect(await screen.findByText(/Your brand is not verified yet/)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Start verification' })).toHaveAttribute(
      'href',
      '/verification-applications/brand-nordbloom',
    );
    expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      '/brands/brand-nordbloom',
    );
  });

  it('lets moderators read a brand and open its application, but not edit it', async () => {
    await renderShow('moderator@red.example', 'brand-lumiere');
    expect(await screen.findByText('露光之家', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Verified')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '露光之家' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Open the application' })).toHaveAttribute(
      'href',
      '/verification-applications/brand-lumiere/show',
    );
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });
});
