import { Link } from 'react-router-dom';
import { Card, CardActionArea, Stack, Typography } from '@mui/material';
import { ListNoResults, useListContext, useLocaleState } from 'react-admin';
import type { Order } from '../api';
import { CardsLoading, CustomsStatusChip, OrderStatusChip, useFen } from '../components/orders';

/** Phones get cards: a six-column table does not fit 375 px. */
export const OrderCards = () => {
  const { data, isPending } = useListContext<Order>();
  const [locale] = useLocaleState();
  const fen = useFen();
  if (isPending) return <CardsLoading />;
  if (!data?.length) return <ListNoResults />;
  return (
    <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 1, m: 0 }}>
      {data.map((order) => (
        <Card component="li" key={order.id} variant="outlined">
          <CardActionArea component={Link} to={`/orders/${order.id}/show`} sx={{ p: 1.5 }}>
            <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 1 }}>
              <Typography variant="subtitle2">{order.number}</Typography>
              <OrderStatusChip status={order.status} />
            </Stack>
            <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {order.buyerName} · {fen(order.totalFen)} ·{' '}
              {new Date(order.placedAt).toLocaleDateString(locale === 'zh' ? 'zh-CN' : locale)}
            </Typography>
            <CustomsStatusChip
              customsStatus={order.customsStatus}
              customsFailureReason={order.customsFailureReason}
            />
          </CardActionArea>
        </Card>
      ))}
    </Stack>
  );
};
