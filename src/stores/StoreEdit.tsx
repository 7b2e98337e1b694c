import type { Store } from '../api';
import { ConflictAwareEdit } from '../components/ConflictAwareEdit';
import { StoreForm } from './StoreForm';
import { toStoreUpdate } from './storeEditableFields';

/**
 * A brand's one store, at /stores/<brandId>. Pessimistic like every edit: the platform may refuse a field
 * (shown next to it, with what was typed kept) or a stale version (the conflict dialog). Saving stays on
 * the page, since the list only leads back here.
 */
export const StoreEdit = () => (
  <ConflictAwareEdit<Store>
    transform={toStoreUpdate}
    redirect={false}
    actions={false}
    title="resources.stores.page.edit"
  >
    <StoreForm />
  </ConflictAwareEdit>
);
