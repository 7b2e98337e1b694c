import { Link as RouterLink } from 'react-router-dom';
import { Box, Link, Stack, Typography } from '@mui/material';
import { DateField, useRecordContext, useTranslate } from 'react-admin';
import type { AfterSales } from '../api';
import { GuardedShow } from '../components/GuardedShow';
import {
  AfterSalesCountdown,
  AfterSalesDecisionButtons,
  AfterSalesStatusChip,
  DetailSection,
  useFen,
} from '../components/orders';
import { AfterSalesDecided } from './AfterSalesDecided';

const AfterSalesDetails = () => {
  const request = useRecordContext<AfterSales>();
  const translate = useTranslate();
  const fen = useFen();
  if (!request) return null;
  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 }, maxWidth: 720 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h5" component="h1">
          {translate(`resources.after-sales.types.${request.type}`)}
        </Typography>
        <AfterSalesStatusChip status={request.status} />
      </Stack>
      <DetailSection title="resources.after-sales.fields.buyerReason">
        <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {request.buyerReason}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {request.buyerName} · <DateField record={request} source="requestedAt" showTime />
        </Typography>
      </DetailSection>
      <DetailSection title="resources.after-sales.show.decision">
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'baseline' }}>
          <Typography variant="h6" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {fen(request.amountFen)}
          </Typography>
          <Link component={RouterLink} to={`/orders/${request.orderId}/show`}>
            {translate('resources.after-sales.show.order_link', { number: request.orderNumber })}
          </Link>
        </Box>
        <AfterSalesCountdown
          status={request.status}
          requestedAt={request.requestedAt}
          crossBorder={request.crossBorder}
        />
        <AfterSalesDecided request={request} />
        <AfterSalesDecisionButtons request={request} />
      </DetailSection>
    </Stack>
  );
};

/** One request: the buyer's words, the amount, the order, the clock and the decision. */
export const AfterSalesShow = () => (
  <GuardedShow<AfterSales> component="div" actions={false}>
    <AfterSalesDetails />
  </GuardedShow>
);
