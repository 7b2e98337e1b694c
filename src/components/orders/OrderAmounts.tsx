import { Box, Divider, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Order } from '../../api';
import { useFen } from './useFen';

type Amounts = Pick<
  Order,
  'goodsFen' | 'shippingFen' | 'taxFen' | 'discountFen' | 'totalFen' | 'refundedFen'
>;

const Line = ({ label, value, strong }: { label: string; value: string; strong?: boolean }) => (
  <>
    <Typography component="dt" variant="body2" sx={{ fontWeight: strong ? 600 : undefined }}>
      {label}
    </Typography>
    <Typography
      component="dd"
      variant="body2"
      sx={{
        m: 0,
        textAlign: 'right',
        fontVariantNumeric: 'tabular-nums',
        fontWeight: strong ? 600 : undefined,
      }}
    >
      {value}
    </Typography>
  </>
);

/** Goods, shipping, tax, discount and the total, then what has been refunded so far (all integer fen). */
export const OrderAmounts = ({ order }: { order: Amounts }) => {
  const translate = useTranslate();
  const fen = useFen();
  const label = (field: string) => translate(`resources.orders.fields.${field}`);
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: '1fr auto', columnGap: 2, rowGap: 0.5, m: 0 }}
    >
      <Line label={label('goodsFen')} value={fen(order.goodsFen)} />
      <Line label={label('shippingFen')} value={fen(order.shippingFen)} />
      <Line label={label('taxFen')} value={fen(order.taxFen)} />
      <Line label={label('discountFen')} value={order.discountFen ? `−${fen(order.discountFen)}` : fen(0)} />
      <Divider sx={{ gridColumn: '1 / -1', my: 0.5 }} />
      <Line label={label('totalFen')} value={fen(order.totalFen)} strong />
      {order.refundedFen > 0 && <Line label={label('refundedFen')} value={fen(order.refundedFen)} />}
    </Box>
  );
};
