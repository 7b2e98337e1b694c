import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { OrderItem } from '../../api';
import { useFen } from './useFen';

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** The order's lines; scrolls sideways inside its own box on a phone instead of widening the page. */
export const OrderItemsTable = ({ items }: { items: OrderItem[] }) => {
  const translate = useTranslate();
  const fen = useFen();
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('resources.orders.fields.items')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.orders.items.product')}</TableCell>
            <TableCell align="right">{translate('resources.orders.items.quantity')}</TableCell>
            <TableCell align="right">{translate('resources.orders.items.unit_price')}</TableCell>
            <TableCell align="right">{translate('resources.orders.items.subtotal')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow key={`${item.productId}-${item.skuSpec}`}>
              <TableCell>
                <Typography variant="body2">{item.productName}</Typography>
                <Typography variant="caption" color="text.secondary">
                  {item.skuSpec}
                </Typography>
              </TableCell>
              <TableCell align="right" sx={numeric}>
                {item.quantity}
              </TableCell>
              <TableCell align="right" sx={numeric}>
                {fen(item.unitPriceFen)}
              </TableCell>
              <TableCell align="right" sx={numeric}>
                {fen(item.unitPriceFen * item.quantity)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
