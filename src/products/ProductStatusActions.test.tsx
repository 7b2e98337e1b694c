import { screen, waitFor, within } from '@testing-library/react';
import { HttpError } from 'react-admin';
import userEvent from '@testing-library/user-event';
import type { Product } from '../api';
import { dataProvider } from '../api/dataProvider';
import { ProductEdit } from './ProductEdit';
import { ProductShow } from './ProductShow';
import { getRecord, renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { renderInAdmin } from '../test/renderInAdmin';
import { buildProduct, buildStore } from '../test/builders';

const getProduct = (id: string) => getRecord<Product>('products', id);

// Seeded Lumière products (mocks/db/seed): a draft with plain copy, and the rejected one.
const DRAFT = 'prod-lumiere-0002';
const REJECTED = 'prod-lumiere-0004';

const openShow = async (id: string, email = 'marketer@lumiere.example') => {
  await signIn(email);
  const product = await getProduct(id);
  renderWithPlatform(<ProductShow />, { path: `/products/${id}/show`, route: '/products/:id/show' });
  await screen.findByText(product.title, {}, { timeout: 10_000 });
  return product;
};

const button = (name: string) => screen.findByRole('button', { name });

describe('ProductStatusActions', { timeout: 30_000 }, () => {
  it('lists a draft whose copy needs no review', async () => {
    const product = await openShow(DRAFT);
    expect(product).toMatchObject({ status: 'draft', review: { state: 'none' } });
    await userEvent.click(await button('List for sale'));

    // The chip says "Listed" too: the notification is the page's only alert (a draft has no review banner).
    expect(await screen.findByRole('alert')).toHaveTextContent('Listed');
    await waitFor(async () => expect((await getProduct(DRAFT)).status).toBe('listed'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'List for sale' })).toBeDisabled());
    expect(screen.getByRole('button', { name: 'Take off sale' })).toBeEnabled();
  });

  it('asks first when the copy waits for a moderator, then sends it for review', async () => {
    await signIn('marketer@lumiere.example');
    const draft = await getProduct(DRAFT);
    // 纯天然 warns: the platform saves it and queues the copy for a moderator.
    await dataProvider.update('products', {
      id: DRAFT,
      data: { version: draft.version, description: '纯天然玫瑰花水，温和不刺激。' },
      previousData: draft,
    });
    expect(await getProduct(DRAFT)).toMatchObject({ status: 'draft', review: { state: 'pending' } });

    await openShow(DRAFT);
    await userEvent.click(await button('List for sale'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/It will go live once a moderator approves it/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'List for sale' }));

    expect(await screen.findByText('Sent for review: it goes live once approved')).toBeInTheDocument();
    expect((await getProduct(DRAFT)).status).toBe('in_review');
  });

  it('keeps List off for rejected copy and says why', async () => {
    await openShow(REJECTED);
    const list = await button('List for sale');
    expect(list).toBeDisabled();
    expect(list.parentElement).toHaveAccessibleName(
      'Fix the passage the moderators rejected before listing the product again.',
    );
    expect(screen.getByRole('button', { name: 'Take off sale' })).toBeDisabled();
  });

  it('reloads and says so when someone changed the product meanwhile', async () => {
    const product = await openShow(DRAFT);
    await dataProvider.update('products', {
      id: DRAFT,
      data: { version: product.version, titleEn: `${product.titleEn} (new)` },
      previousData: product,
    });
    await userEvent.click(await button('List for sale'));
    expect(
      await screen.findByText('Someone else changed this record since you opened it.'),
    ).toBeInTheDocument();
    expect((await getProduct(DRAFT)).status).toBe('draft');
  });

  it('waits for unsaved changes on the edit page before listing', async () => {
    await signIn('marketer@lumiere.example');
    renderWithPlatform(<ProductEdit />, { path: `/products/${DRAFT}`, route: '/products/:id' });
    const [stock] = await screen.findAllByLabelText(/Stock/, {}, { timeout: 10_000 });
    await waitFor(() => expect(screen.getByRole('button', { name: 'List for sale' })).toBeEnabled());
    await userEvent.type(stock!, '5');
    await waitFor(() => expect(screen.getByRole('button', { name: 'List for sale' })).toBeDisabled());
    expect(screen.getByRole('button', { name: 'List for sale' }).parentElement).toHaveAccessibleName(
      'Save your changes first.',
    );
  });

  it('gives a customer-service agent no List or Delist', async () => {
    await openShow(DRAFT, 'agent@lumiere.example');
    expect(screen.queryByRole('button', { name: 'List for sale' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Take off sale' })).not.toBeInTheDocument();
  });
});

describe('ProductStatusActions before the store opens', { timeout: 30_000 }, () => {
  const renderShow = (store = buildStore({ status: 'not_open', openedAt: null })) => {
    const transition = vi.fn().mockRejectedValue(
      new HttpError('products.errors.store_not_open', 422, {
        status: 422,
        code: 'products.errors.store_not_open',
      }),
    );
    const draft = buildProduct({ status: 'draft' });
    renderInAdmin(<ProductShow />, {
      role: 'brand_marketer',
      dataProvider: {
        getOne: async (resource: string) => ({ data: resource === 'stores' ? store : draft }) as never,
        transition,
      },
      path: '/products/p1/show',
      route: '/products/:id/show',
    });
    return { transition };
  };

  it('keeps List off and says the store must open first', async () => {
    const { transition } = renderShow();
    await waitFor(() => expect(screen.getByRole('button', { name: 'List for sale' })).toBeDisabled());
    expect(screen.getByRole('button', { name: 'List for sale' }).parentElement).toHaveAccessibleName(
      'Open your store before listing products.',
    );
    expect(transition).not.toHaveBeenCalled();
  });

  it("shows the platform's refusal when the store is not open after all", async () => {
    const { transition } = renderShow(buildStore({ status: 'open' }));
    const list = await screen.findByRole('button', { name: 'List for sale' });
    await waitFor(() => expect(list).toBeEnabled());
    await userEvent.click(list);
    await waitFor(() => expect(transition).toHaveBeenCalled());
    expect(await screen.findByText('Open your store before listing products.')).toBeInTheDocument();
  });
});
