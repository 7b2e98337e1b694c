import StoreIcon from '@mui/icons-material/StoreMallDirectoryOutlined';
import type { ResourceProps } from 'react-admin';
import type { Store } from '../api';
import { lazyView } from '../components/lazyView';

// A brand has one store, at /stores/<brandId>; moderators list them all. Each view is its own chunk.
const StoreList = lazyView(() => import('./StoreList'), 'StoreList');
const StoreEdit = lazyView(() => import('./StoreEdit'), 'StoreEdit');
const StoreShow = lazyView(() => import('./StoreShow'), 'StoreShow');

/** `<Resource name="stores" {...stores} />` */
export const stores = {
  list: StoreList,
  edit: StoreEdit,
  show: StoreShow,
  icon: StoreIcon,
  recordRepresentation: (store: Store) => store.name,
} satisfies Omit<ResourceProps, 'name'>;
