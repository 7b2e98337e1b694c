import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testDataProvider, type GetListParams } from 'react-admin';
import type { Brand } from '../api';
import { renderInAdmin } from '../test/renderInAdmin';
import { BrandList } from './BrandList';

const brand: Brand = {
  id: 'b2',
  version: 1,
  createdAt: '2024-06-01T00:00:00.000Z',
  updatedAt: '2024-06-01T00:00:00.000Z',
  name: '雪域花园',
  nameEn: 'Snow Garden',
  logo: null,
  country: 'JP',
  category: 'skincare',
  intro: '',
  verificationStatus: 'submitted',
  verifiedAt: null,
};

describe('BrandList', () => {
  it('shows moderators every brand with its country, category and verification, and filters on the platform', async () => {
    const getList = vi.fn(async (_resource: string, _params: GetListParams) => ({ data: [brand], total: 1 }));
    renderInAdmin(<BrandList />, {
      role: 'moderator',
      resource: 'brands',
      dataProvider: testDataProvider({ getList: getList as never }),
    });
    expect(await screen.findByText('雪域花园', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Snow Garden')).toBeInTheDocument();
    expect(screen.getByText('Japan')).toBeInTheDocument();
    expect(screen.getByText('Skincare')).toBeInTheDocument();
    expect(screen.getByText('Verification in review')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create' })).not.toBeInTheDocument();

    await userEvent.type(screen.getByPlaceholderText('Search'), 'snow');
    await waitFor(() => expect(getList.mock.calls.at(-1)?.[1].filter).toEqual({ q: 'snow' }));

    await userEvent.click(screen.getByRole('combobox', { name: 'Verification' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Verification rejected' }));
    await waitFor(() =>
      expect(getList.mock.calls.at(-1)?.[1].filter).toEqual({ q: 'snow', verificationStatus: 'rejected' }),
    );
  });

  it("takes a brand's own people straight to their brand's profile", async () => {
    const onLocation = vi.fn();
    renderInAdmin(<BrandList />, {
      role: 'brand_marketer',
      resource: 'brands',
      route: '/brands',
      onLocation,
    });
    await waitFor(() =>
      expect(onLocation).toHaveBeenLastCalledWith(
        expect.objectContaining({ pathname: '/brands/brand-lumiere/show' }),
      ),
    );
  });
});
