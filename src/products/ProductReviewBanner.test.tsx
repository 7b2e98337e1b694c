import { screen, within } from '@testing-library/react';
import type { Product } from '../api';
import { ProductShow } from './ProductShow';
import { getRecord, renderWithPlatform, signIn } from '../test/renderWithPlatform';

// Seeded (mocks/db/seed/moderationCopy.ts): rejected for 祛斑 under R-MED-W, and one waiting in the queue.
const REJECTED = 'prod-lumiere-0004';
const PENDING = 'prod-lumiere-0003';

const openShow = async (id: string) => {
  await signIn('marketer@lumiere.example');
  const product = await getRecord<Product>('products', id);
  renderWithPlatform(<ProductShow />, { path: `/products/${id}/show`, route: '/products/:id/show' });
  await screen.findByText(product.title, {}, { timeout: 10_000 });
  return product;
};

describe('ProductReviewBanner', { timeout: 30_000 }, () => {
  it('shows why the moderators rejected the copy, in their words, with the passage outlined', async () => {
    const product = await openShow(REJECTED);
    const decision = product.review.decision;
    if (!decision) throw new Error('the seed should carry a decision for the rejected product');

    const banner = await screen.findByRole('alert');
    expect(within(banner).getByText("Rejected by RED's moderators")).toBeInTheDocument();
    expect(within(banner).getByText(/Special-cosmetic efficacy/)).toBeInTheDocument();
    expect(within(banner).getByText(decision.reasonText)).toBeInTheDocument();
    expect(within(banner).getByText(`Decided by ${decision.byName}`, { exact: false })).toBeInTheDocument();
    expect(
      within(banner).getByText('Edit the highlighted passage and save; then list the product again.'),
    ).toBeInTheDocument();

    const passage = banner.querySelector('[data-passage]');
    expect(passage).toHaveTextContent('祛斑');
    // The current copy is shown around it, with the finding still there marked.
    expect(within(banner).getByTestId('highlighted-text')).toHaveTextContent(product.description);
    expect(passage?.querySelector('mark')).not.toBeNull();
  });

  it('tells the brand that copy waiting for a moderator is not live yet', async () => {
    await openShow(PENDING);
    expect(
      await screen.findByText(
        "Waiting for RED's moderators: claims in this copy need a review before the product can go live.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText("Rejected by RED's moderators")).not.toBeInTheDocument();
  });
});
