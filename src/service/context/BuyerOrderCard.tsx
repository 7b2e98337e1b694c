import { Link as RouterLink } from 'react-router-dom';
import { Card, CardContent, Divider, Link, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Order } from '../../api';
import {
  BuyerContact,
  CustomsStatusChip,
  OrderStatusChip,
  TrackingTimeline,
  useFen,
} from '../../components/orders';

/** One of the buyer's orders, compact enough for a 320 px column: what agents are asked about first. */
export const BuyerOrderCard = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const fen = useFen();
  const itemCount = order.items.reduce((sum, item) => sum + item.quantity, 0);
  return (
    <Card variant="outlined" component="article" aria-label={order.number}>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Stack spacing={1}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
            <Link
              component={RouterLink}
              to={`/orders/${order.id}/show`}
              variant="subtitle2"
              underline="hover"
            >
              {order.number}
            </Link>
            <OrderStatusChip status={order.status} />
          </Stack>
          <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {translate('resources.orders.context.summary', {
              total: fen(order.totalFen),
              smart_count: itemCount,
              date: new Date(order.placedAt).toLocaleDateString(locale === 'zh' ? 'zh-CN' : locale),
            })}
          </Typography>
          {order.refundedFen > 0 && (
            <Typography variant="body2" color="warning.main">
              {translate('resources.orders.context.refunded', { amount: fen(order.refundedFen) })}
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary" noWrap title={order.items[0]?.productName}>
            {order.items.map((item) => item.productName).join(' · ')}
          </Typography>
          <CustomsStatusChip
            customsStatus={order.customsStatus}
            customsFailureReason={order.customsFailureReason}
          />
          <TrackingTimeline order={order} limit={1} />
          <Divider />
          <BuyerContact order={order} />
        </Stack>
      </CardContent>
    </Card>
  );
};
