import { Stack, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { AfterSales, Conversation, Order } from '../../api';
import { BuyerAfterSalesCard } from './BuyerAfterSalesCard';
import { BuyerOrderCard } from './BuyerOrderCard';
import { ContextSection } from './ContextSection';

// A buyer rarely has more; the newest are the ones they write about.
const RECENT = { page: 1, perPage: 10 };

/**
 * Beside the thread: the buyer's orders (customs, tracking, masked contact) and after-sales requests
 * with their auto-approval clock and the decision, so agents answer without leaving the conversation.
 * Fits a 320 px column and a 375 px phone.
 */
export const BuyerContextPanel = ({ conversation }: { conversation: Conversation }) => {
  const translate = useTranslate();
  const filter = { buyerId: conversation.buyerId };
  const orders = useGetList<Order>('orders', {
    filter,
    pagination: RECENT,
    sort: { field: 'placedAt', order: 'DESC' },
  });
  const afterSales = useGetList<AfterSales>('after-sales', {
    filter,
    pagination: RECENT,
    sort: { field: 'requestedAt', order: 'DESC' },
  });
  return (
    <Stack
      component="aside"
      aria-label={translate('resources.orders.context.title', { name: conversation.buyerName })}
      spacing={3}
      sx={{ p: 2, minWidth: 0, overflowY: 'auto' }}
    >
      <Typography variant="subtitle1" component="h2" sx={{ overflowWrap: 'anywhere' }}>
        {conversation.buyerName}
      </Typography>
      <ContextSection
        title="resources.after-sales.context.title"
        empty="resources.after-sales.context.empty"
        isPending={afterSales.isPending}
        error={afterSales.error}
        count={afterSales.data?.length ?? 0}
        onRetry={() => void afterSales.refetch()}
      >
        {afterSales.data?.map((request) => (
          <BuyerAfterSalesCard key={request.id} request={request} />
        ))}
      </ContextSection>
      <ContextSection
        title="resources.orders.context.orders"
        empty="resources.orders.context.empty"
        isPending={orders.isPending}
        error={orders.error}
        count={orders.data?.length ?? 0}
        onRetry={() => void orders.refetch()}
      >
        {orders.data?.map((order) => (
          <BuyerOrderCard key={order.id} order={order} />
        ))}
      </ContextSection>
    </Stack>
  );
};
