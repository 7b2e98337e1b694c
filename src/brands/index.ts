import { lazy } from 'react';
import BrandIcon from '@mui/icons-material/StorefrontOutlined';
import type { ResourceProps } from 'react-admin';
import type { Brand } from '../api';

// Each view is its own chunk: only moderators list brands.
const BrandList = lazy(() => import('./BrandList').then((module) => ({ default: module.BrandList })));
const BrandShow = lazy(() => import('./BrandShow').then((module) => ({ default: module.BrandShow })));

/** `<Resource name="brands" {...brands} />`: read-only, no edit or create by design. */
export const brands = {
  list: BrandList,
  show: BrandShow,
  icon: BrandIcon,
  recordRepresentation: (brand: Brand) => brand.name,
} satisfies Omit<ResourceProps, 'name'>;
