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
  country: 'JP',
  category: 'skincare',
  tradeModel: 'bonded_warehouse',
  intro: '',
};

describe('BrandList', () => {
  it('shows every brand with its country and trade model in words, and searches on the platform', async () => {
    const getList = vi.fn(async (_resource: string, _params: GetListParams) => ({ data: [brand], total: 1 }));
    renderInAdmin(<BrandList />, {
      role: 'moderator',
      resource: 'brands',
      dataProvider: testDataProvider({ getList: getList as never }),
    });
    expect(await screen.findByText('雪域花园')).toBeInTheDocument();
    expect(screen.getByText('Snow Garden')).toBeInTheDocument();
    expect(screen.getByText('Japan')).toBeInTheDocument();
    expect(screen.getByText('Cross-border, bonded warehouse')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create' })).not.toBeInTheDocument();

    await userEvent.type(screen.getByPlaceholderText('Search'), 'snow');
    await waitFor(() => expect(getList.mock.calls.at(-1)?.[1].filter).toEqual({ q: 'snow' }));
  });
});
