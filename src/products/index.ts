import { lazy } from 'react';
import ProductIcon from '@mui/icons-material/Inventory2Outlined';
import type { ResourceProps } from 'react-admin';
import type { Product } from '../api';

// Each view is its own chunk: the products area only loads when someone opens it.
const ProductList = lazy(() => import('./ProductList').then((module) => ({ default: module.ProductList })));
const ProductEdit = lazy(() => import('./ProductEdit').then((module) => ({ default: module.ProductEdit })));
const ProductCreate = lazy(() =>
  import('./ProductCreate').then((module) => ({ default: module.ProductCreate })),
);
const ProductShow = lazy(() => import('./ProductShow').then((module) => ({ default: module.ProductShow })));

/** `<Resource name="products" {...products} />` */
export const products = {
  list: ProductList,
  edit: ProductEdit,
  create: ProductCreate,
  show: ProductShow,
  icon: ProductIcon,
  recordRepresentation: (record: Product) => record.title,
} satisfies Omit<ResourceProps, 'name'>;
