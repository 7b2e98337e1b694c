import OrderIcon from '@mui/icons-material/ReceiptLongOutlined';
import type { ResourceProps } from 'react-admin';
import type { Order } from '../api';
import { lazyView } from '../components/lazyView';

// Orders are read (and their contact revealed) by staff; buyers place them. Each view is its own chunk.
const OrderList = lazyView(() => import('./OrderList'), 'OrderList');
const OrderShow = lazyView(() => import('./OrderShow'), 'OrderShow');

/** `<Resource name="orders" {...orders} />` */
export const orders = {
  list: OrderList,
  show: OrderShow,
  icon: OrderIcon,
  recordRepresentation: (order: Order) => order.number,
} satisfies Omit<ResourceProps, 'name'>;
