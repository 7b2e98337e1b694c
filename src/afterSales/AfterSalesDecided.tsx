import { Alert, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { AfterSales } from '../api';

/** What was decided, by whom and when; a rejection shows the reason and the note the buyer got. */
export const AfterSalesDecided = ({ request }: { request: AfterSales }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (request.status === 'requested' || !request.decidedAt) return null;
  const at = new Date(request.decidedAt).toLocaleString(locale === 'zh' ? 'zh-CN' : locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const line =
    request.status === 'auto_approved'
      ? translate('resources.after-sales.decision.decided_automatically', { at })
      : translate('resources.after-sales.decision.decided', {
          status: translate(`resources.after-sales.statuses.${request.status}`),
          name: request.decidedByName ?? '',
          at,
        });
  return (
    <Alert severity={request.status === 'rejected' ? 'warning' : 'success'}>
      <Typography variant="body2">{line}</Typography>
      {request.rejectReason && (
        <Typography variant="body2">
          {translate('resources.after-sales.fields.rejectReason')}:{' '}
          {translate(`resources.after-sales.reject_reasons.${request.rejectReason}`)}
        </Typography>
      )}
      {request.rejectNote && <Typography variant="body2">{request.rejectNote}</Typography>}
    </Alert>
  );
};
