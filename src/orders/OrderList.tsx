import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, DateField, List, Pagination, useRecordContext } from 'react-admin';
import type { Order } from '../api';
import { MoneyField } from '../components/MoneyField';
import { CustomsStatusChip, ListLoadError, OrderStatusChip } from '../components/orders';
import { OrderCards } from './OrderCards';
import { orderFilters } from './orderFilters';

const Column = DataTable.Col<Order>;

const StatusCell = () => {
  const order = useRecordContext<Order>();
  return order ? <OrderStatusChip status={order.status} /> : null;
};

const CustomsCell = () => {
  const order = useRecordContext<Order>();
  return order ? (
    <CustomsStatusChip
      customsStatus={order.customsStatus}
      customsFailureReason={order.customsFailureReason}
    />
  ) : null;
};

const pagination = <Pagination rowsPerPageOptions={[25, 50, 100]} />;

/** Paged, sorted and filtered by the platform; filters, sort and page live in the URL. */
export const OrderList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List<Order>
      filters={orderFilters}
      sort={{ field: 'placedAt', order: 'DESC' }}
      perPage={25}
      pagination={pagination}
      error={<ListLoadError />}
      exporter={false}
    >
      {isSmall ? (
        <OrderCards />
      ) : (
        <DataTable<Order> rowClick="show" bulkActionButtons={false}>
          <Column source="number" />
          <Column source="buyerName" />
          <Column source="status">
            <StatusCell />
          </Column>
          <Column source="totalFen" align="right">
            <MoneyField source="totalFen" />
          </Column>
          <Column source="customsStatus" disableSort>
            <CustomsCell />
          </Column>
          <Column source="placedAt">
            <DateField source="placedAt" showTime />
          </Column>
        </DataTable>
      )}
    </List>
  );
};
