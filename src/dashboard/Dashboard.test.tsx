import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Dashboard as DashboardFigures } from '../api';
import { fakeAuthProvider, renderInAdmin } from '../test/renderInAdmin';
import { Dashboard } from './Dashboard';

const brandFigures: DashboardFigures = {
  products: {
    total: 1234,
    byStatus: { draft: 4, in_review: 2, listed: 1200, rejected: 3, delisted: 25 },
    lowStock: 7,
    stockValueFen: 12_345_678,
  },
  team: { active: 5, invited: 2, deactivated: 1 },
};

const platformFigures: DashboardFigures = {
  brands: { total: 3, byTradeModel: { domestic: 1, bonded_warehouse: 1, direct_mail: 1 } },
};

/** The value shown for a labelled figure (a <dt>/<dd> pair). */
const figure = (section: HTMLElement, label: string) =>
  within(section).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('Dashboard', () => {
  it("shows a brand admin its products, stock and team from the platform's figures", async () => {
    const getDashboard = vi.fn(() => Promise.resolve(brandFigures));
    renderInAdmin(<Dashboard />, {
      authProvider: fakeAuthProvider('brand_admin'),
      dataProvider: { getDashboard },
    });

    expect(await screen.findByRole('heading', { name: 'Hello, Chloé Martin' })).toBeInTheDocument();
    const products = await screen.findByRole('region', { name: 'Products' });
    expect(figure(products, 'Products in the catalogue')).toBe('1,234');
    expect(figure(products, 'Low stock')).toBe('7');
    expect(figure(products, 'Stock value')).toBe('CN¥123,456.78');
    expect(figure(products, 'Listed')).toBe('1,200');
    expect(figure(products, 'Delisted')).toBe('25');
    expect(within(products).getByRole('link', { name: 'Show low-stock products' })).toHaveAttribute(
      'href',
      `/products?filter=${encodeURIComponent('{"stockLte":9}')}`,
    );

    const team = screen.getByRole('region', { name: 'Team' });
    expect(figure(team, 'Active')).toBe('5');
    expect(figure(team, 'Invited')).toBe('2');
    expect(within(team).getByRole('link', { name: 'Manage the team' })).toHaveAttribute('href', '/team');
    expect(screen.queryByRole('region', { name: 'Brands' })).not.toBeInTheDocument();
  });

  it('shows a moderator the brands by trade model, and nothing of a brand', async () => {
    const getDashboard = vi.fn(() => Promise.resolve(platformFigures));
    renderInAdmin(<Dashboard />, {
      authProvider: fakeAuthProvider('moderator'),
      dataProvider: { getDashboard },
    });

    const brands = await screen.findByRole('region', { name: 'Brands' });
    expect(figure(brands, 'Brands on the platform')).toBe('3');
    expect(figure(brands, 'Bonded warehouse')).toBe('1');
    expect(figure(brands, 'Direct mail from abroad')).toBe('1');
    expect(screen.getByText("Here's the state of the platform.")).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Products' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Team' })).not.toBeInTheDocument();
  });

  it('shows a loading state, then an error with a retry that recovers', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const getDashboard = vi
      .fn<() => Promise<DashboardFigures>>()
      .mockRejectedValueOnce(new Error('errors.network'))
      .mockResolvedValue(brandFigures);
    renderInAdmin(<Dashboard />, {
      authProvider: fakeAuthProvider('cs_agent'),
      dataProvider: { getDashboard },
    });

    expect(screen.getByRole('status', { name: 'Loading' })).toBeInTheDocument();
    expect(await screen.findByText("The dashboard figures couldn't be loaded.")).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('region', { name: 'Products' })).toBeInTheDocument();
    await waitFor(() => expect(getDashboard).toHaveBeenCalledTimes(2));
  });
});
