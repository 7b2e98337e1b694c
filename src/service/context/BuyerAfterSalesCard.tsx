import { Link as RouterLink } from 'react-router-dom';
import { Card, CardContent, Link, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AfterSales } from '../../api';
import {
  AfterSalesCountdown,
  AfterSalesDecisionButtons,
  AfterSalesStatusChip,
  useFen,
} from '../../components/orders';

/** One after-sales request with its auto-approval clock and the decision right there. */
export const BuyerAfterSalesCard = ({ request }: { request: AfterSales }) => {
  const translate = useTranslate();
  const fen = useFen();
  return (
    <Card
      variant="outlined"
      component="article"
      aria-label={translate('resources.after-sales.context.card', { number: request.orderNumber })}
    >
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Stack spacing={1}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
            <Link
              component={RouterLink}
              to={`/after-sales/${request.id}/show`}
              variant="subtitle2"
              underline="hover"
            >
              {translate(`resources.after-sales.types.${request.type}`)}
            </Link>
            <AfterSalesStatusChip status={request.status} />
          </Stack>
          <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {translate('resources.after-sales.context.summary', {
              amount: fen(request.amountFen),
              number: request.orderNumber,
            })}
          </Typography>
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{
              display: '-webkit-box',
              WebkitLineClamp: 3,
              WebkitBoxOrient: 'vertical',
              overflow: 'hidden',
            }}
          >
            {request.buyerReason}
          </Typography>
          <AfterSalesCountdown
            status={request.status}
            requestedAt={request.requestedAt}
            crossBorder={request.crossBorder}
          />
          {request.decidedByName && (
            <Typography variant="caption" color="text.secondary">
              {translate('resources.after-sales.context.decided_by', { name: request.decidedByName })}
            </Typography>
          )}
          <AfterSalesDecisionButtons request={request} />
        </Stack>
      </CardContent>
    </Card>
  );
};
