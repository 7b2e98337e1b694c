import { Box, Stack, Typography } from '@mui/material';
import { DateField, useRecordContext, useTranslate } from 'react-admin';
import type { Order } from '../api';
import { GuardedShow } from '../components/GuardedShow';
import {
  BuyerContact,
  CustomsStatusChip,
  DetailSection,
  OrderAmounts,
  OrderItemsTable,
  OrderStatusChip,
  TrackingTimeline,
} from '../components/orders';
import { OrderAfterSales } from './OrderAfterSales';

const OrderHeader = ({ order }: { order: Order }) => (
  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
    <Typography variant="h5" component="h1" sx={{ overflowWrap: 'anywhere' }}>
      {order.number}
    </Typography>
    <OrderStatusChip status={order.status} />
    <Typography variant="body2" color="text.secondary">
      <DateField record={order} source="placedAt" showTime />
    </Typography>
  </Stack>
);

const OrderDetails = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  if (!order) return null;
  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <OrderHeader order={order} />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' },
          alignItems: 'start',
        }}
      >
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <DetailSection title="resources.orders.sections.items">
            <OrderItemsTable items={order.items} />
          </DetailSection>
          <DetailSection title="resources.orders.sections.shipping">
            <TrackingTimeline order={order} />
          </DetailSection>
          <OrderAfterSales order={order} />
        </Stack>
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <DetailSection title="resources.orders.sections.amounts">
            <OrderAmounts order={order} />
          </DetailSection>
          <DetailSection title="resources.orders.sections.buyer">
            <BuyerContact order={order} />
          </DetailSection>
          <DetailSection title="resources.orders.sections.customs">
            {order.crossBorder ? (
              <CustomsStatusChip
                customsStatus={order.customsStatus}
                customsFailureReason={order.customsFailureReason}
              />
            ) : (
              <Typography variant="body2" color="text.secondary">
                {translate('resources.orders.customs.domestic')}
              </Typography>
            )}
          </DetailSection>
        </Stack>
      </Box>
    </Stack>
  );
};

/** Everything an agent needs to answer about one order; read-only except revealing contact details. */
export const OrderShow = () => (
  <GuardedShow<Order> component="div" actions={false}>
    <OrderDetails />
  </GuardedShow>
);
