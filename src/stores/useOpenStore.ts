import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { Store } from '../api';
import type { PlatformDataProvider } from '../api/dataProvider';
import { errorMessage, httpStatus } from '../components/httpErrors';
import type { ChecklistKey } from './liveChecklist';
import { refusalErrors, refusedItems } from './storeRefusals';

/**
 * Opens the store from the version the user saw. A 422 names what is still missing (shown on the
 * checklist); a 409 means someone changed the store meanwhile, so the page reloads before deciding again.
 */
export function useOpenStore(store: Store | undefined, onRefused: (items: ChecklistKey[]) => void) {
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => {
      if (!store) throw new Error('ra.notification.item_doesnt_exist');
      return dataProvider.command<Store>('stores', store.id, 'open', { version: store.version });
    },
    onSuccess: () => {
      onRefused([]);
      notify('resources.stores.notifications.opened', { type: 'success' });
      refresh();
    },
    onError: (error) => {
      const status = httpStatus(error);
      if (status === 409) {
        notify('errors.conflict', { type: 'warning' });
        refresh();
        return;
      }
      if (status === 422) {
        onRefused(refusedItems(refusalErrors(error)));
        notify(errorMessage(error), { type: 'error' });
        refresh();
        return;
      }
      notify(errorMessage(error), { type: 'error' });
    },
  });
}
