import BrandIcon from '@mui/icons-material/StorefrontOutlined';
import type { ResourceProps } from 'react-admin';
import type { Brand } from '../api';
import { lazyView } from '../components/lazyView';

// Each view is its own chunk: only moderators list brands.
const BrandList = lazyView(() => import('./BrandList'), 'BrandList');
const BrandShow = lazyView(() => import('./BrandShow'), 'BrandShow');

/** `<Resource name="brands" {...brands} />`: read-only, no edit or create by design. */
export const brands = {
  list: BrandList,
  show: BrandShow,
  icon: BrandIcon,
  recordRepresentation: (brand: Brand) => brand.name,
} satisfies Omit<ResourceProps, 'name'>;
