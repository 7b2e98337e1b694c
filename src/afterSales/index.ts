import AfterSalesIcon from '@mui/icons-material/AssignmentReturnOutlined';
import type { ResourceProps } from 'react-admin';
import type { AfterSales } from '../api';
import { lazyView } from '../components/lazyView';

// Buyers open requests; staff decide them (approve, reject) on the show page. Each view is its own chunk.
const AfterSalesList = lazyView(() => import('./AfterSalesList'), 'AfterSalesList');
const AfterSalesShow = lazyView(() => import('./AfterSalesShow'), 'AfterSalesShow');

/** `<Resource name="after-sales" {...afterSales} />` */
export const afterSales = {
  list: AfterSalesList,
  show: AfterSalesShow,
  icon: AfterSalesIcon,
  recordRepresentation: (request: AfterSales) => request.orderNumber,
} satisfies Omit<ResourceProps, 'name'>;
