import ImportIcon from '@mui/icons-material/UploadFileOutlined';
import type { ResourceProps } from 'react-admin';
import type { ProductImport } from '../api';
import { lazyView } from '../components/lazyView';

// Imports are started from the product list or here; each view is its own chunk.
const ProductImportList = lazyView(() => import('./ProductImportList'), 'ProductImportList');
const ProductImportCreate = lazyView(() => import('./ProductImportCreate'), 'ProductImportCreate');
const ProductImportShow = lazyView(() => import('./ProductImportShow'), 'ProductImportShow');

/** `<Resource name="product-imports" {...productImports} />` */
export const productImports = {
  list: ProductImportList,
  create: ProductImportCreate,
  show: ProductImportShow,
  icon: ImportIcon,
  recordRepresentation: (job: ProductImport) => job.fileName,
} satisfies Omit<ResourceProps, 'name'>;
