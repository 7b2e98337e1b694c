import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, DateField, List, Pagination } from 'react-admin';
import type { AfterSales } from '../api';
import { MoneyField } from '../components/MoneyField';
import { ListLoadError } from '../components/orders';
import { AfterSalesCards } from './AfterSalesCards';
import { CountdownCell, StatusCell, TypeCell } from './AfterSalesCells';
import { afterSalesFilters } from './afterSalesFilters';

const Column = DataTable.Col<AfterSales>;
const pagination = <Pagination rowsPerPageOptions={[25, 50, 100]} />;

/**
 * Sorted by the auto-approval deadline, soonest first: the platform approves undecided requests by
 * itself after 72 h (domestic) or 96 h (cross-border), so those closest to it come first.
 */
export const AfterSalesList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List<AfterSales>
      filters={afterSalesFilters}
      filterDefaultValues={{ status: 'requested' }}
      sort={{ field: 'autoApproveAt', order: 'ASC' }}
      perPage={25}
      pagination={pagination}
      error={<ListLoadError />}
      exporter={false}
    >
      {isSmall ? (
        <AfterSalesCards />
      ) : (
        <DataTable<AfterSales> rowClick="show" bulkActionButtons={false}>
          <Column source="orderNumber" />
          <Column source="buyerName" />
          <Column source="type">
            <TypeCell />
          </Column>
          <Column source="amountFen" align="right">
            <MoneyField source="amountFen" />
          </Column>
          <Column source="status">
            <StatusCell />
          </Column>
          <Column source="autoApproveAt">
            <CountdownCell />
          </Column>
          <Column source="requestedAt">
            <DateField source="requestedAt" showTime />
          </Column>
        </DataTable>
      )}
    </List>
  );
};
