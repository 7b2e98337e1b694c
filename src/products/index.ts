import ProductIcon from '@mui/icons-material/Inventory2Outlined';
import type { ResourceProps } from 'react-admin';
import type { Product } from '../api';
import { lazyView } from '../components/lazyView';

// Each view is its own chunk: the products area only loads when someone opens it.
const ProductList = lazyView(() => import('./ProductList'), 'ProductList');
const ProductEdit = lazyView(() => import('./ProductEdit'), 'ProductEdit');
const ProductCreate = lazyView(() => import('./ProductCreate'), 'ProductCreate');
const ProductShow = lazyView(() => import('./ProductShow'), 'ProductShow');

/** `<Resource name="products" {...products} />` */
export const products = {
  list: ProductList,
  edit: ProductEdit,
  create: ProductCreate,
  show: ProductShow,
  icon: ProductIcon,
  recordRepresentation: (record: Product) => record.title,
} satisfies Omit<ResourceProps, 'name'>;
