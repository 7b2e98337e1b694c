import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { Product } from '../api';
import type { PlatformDataProvider } from '../api/dataProvider';
import { errorMessage, httpStatus } from '../components/httpErrors';
import type { TransitionAction } from './transitionAvailability';

const successMessage = (action: TransitionAction, product: Product) => {
  if (action === 'delist') return 'resources.products.transitions.delisted';
  // The platform answers in_review when the copy still waits for a moderator.
  return product.status === 'in_review'
    ? 'resources.products.transitions.sent_for_review'
    : 'resources.products.transitions.listed';
};

/**
 * Lists or delists the product from the version the user saw. A 409 means someone changed it meanwhile:
 * the page reloads so the user decides again on what is there now. Other refusals (e.g. fix_rejection)
 * arrive as translated message keys from the dataProvider.
 */
export function useProductTransition(product: Product | undefined) {
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (action: TransitionAction) => {
      if (!product) throw new Error('ra.notification.item_doesnt_exist');
      return dataProvider.transition<Product>('products', product.id, action, product.version);
    },
    onSuccess: (updated, action) => {
      notify(successMessage(action, updated), { type: 'success' });
      refresh();
    },
    onError: (error) => {
      if (httpStatus(error) === 409) {
        notify('errors.conflict', { type: 'warning' });
        refresh();
        return;
      }
      notify(errorMessage(error), { type: 'error' });
    },
  });
}
