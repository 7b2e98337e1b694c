import { Link as RouterLink } from 'react-router-dom';
import { Alert, Divider, Link, Skeleton, Stack, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { AfterSales, Order } from '../api';
import { errorMessage } from '../components/httpErrors';
import {
  AfterSalesCountdown,
  AfterSalesDecisionButtons,
  AfterSalesStatusChip,
  DetailSection,
  useFen,
} from '../components/orders';

/** The order's after-sales requests, decidable in place; approving one refetches this order too. */
export const OrderAfterSales = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const fen = useFen();
  const { data, isPending, error } = useGetList<AfterSales>('after-sales', {
    filter: { orderId: order.id },
    pagination: { page: 1, perPage: 20 },
    sort: { field: 'requestedAt', order: 'DESC' },
  });
  return (
    <DetailSection title="resources.orders.sections.after_sales">
      {isPending ? (
        <Skeleton variant="rounded" height={64} />
      ) : error ? (
        <Alert severity="error">{translate(errorMessage(error))}</Alert>
      ) : !data?.length ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.orders.sections.no_after_sales')}
        </Typography>
      ) : (
        <Stack spacing={2} divider={<Divider flexItem />}>
          {data.map((request) => (
            <Stack key={request.id} spacing={1}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Link component={RouterLink} to={`/after-sales/${request.id}/show`}>
                  {translate(`resources.after-sales.types.${request.type}`)}
                </Link>
                <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {fen(request.amountFen)}
                </Typography>
                <AfterSalesStatusChip status={request.status} />
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {request.buyerReason}
              </Typography>
              <AfterSalesCountdown
                status={request.status}
                requestedAt={request.requestedAt}
                crossBorder={request.crossBorder}
              />
              <AfterSalesDecisionButtons request={request} />
            </Stack>
          ))}
        </Stack>
      )}
    </DetailSection>
  );
};
