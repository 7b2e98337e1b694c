import type { Product } from '../api';

export type TransitionAction = 'list' | 'delist';

/** Why a move is not possible from here: a message key for the button's tooltip, or null when it is. */
export interface Availability {
  reason: string | null;
}

const yes: Availability = { reason: null };
const no = (reason: string): Availability => ({ reason });

/**
 * Mirrors the platform's table (docs/api.md, "Product status") so the buttons say why before the user
 * clicks; the platform still decides, and its refusals are shown too.
 */
export function availability(product: Product, action: TransitionAction): Availability {
  if (action === 'list') {
    if (product.status === 'listed') return no('resources.products.transitions.already_listed');
    if (product.status === 'in_review') return no('resources.products.transitions.already_in_review');
    if (product.review.state === 'rejected') return no('products.errors.fix_rejection');
    return yes;
  }
  if (product.status === 'listed' || product.status === 'in_review') return yes;
  return no('products.errors.not_listed');
}

/** Listing copy that waits for a moderator does not go live at once, so the user confirms knowing that. */
export const listingNeedsReview = (product: Product) => product.review.state === 'pending';
