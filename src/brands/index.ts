import BrandIcon from '@mui/icons-material/StorefrontOutlined';
import type { ResourceProps } from 'react-admin';
import type { Brand } from '../api';
import { lazyView } from '../components/lazyView';

// Each view is its own chunk. Brand users reach only their own brand (the list takes them to it);
// moderators list every brand and read them.
const BrandList = lazyView(() => import('./BrandList'), 'BrandList');
const BrandShow = lazyView(() => import('./BrandShow'), 'BrandShow');
const BrandEdit = lazyView(() => import('./BrandEdit'), 'BrandEdit');

/** `<Resource name="brands" {...brands} />`: no create or delete; brands join RED through the platform. */
export const brands = {
  list: BrandList,
  show: BrandShow,
  edit: BrandEdit,
  icon: BrandIcon,
  recordRepresentation: (brand: Brand) => brand.name,
} satisfies Omit<ResourceProps, 'name'>;
