import { useState } from 'react';
import { Button, Stack } from '@mui/material';
import { useCanAccess, useTranslate } from 'react-admin';
import type { AfterSales } from '../../api';
import { AfterSalesDecisionDialog, type DecisionOutcome } from './AfterSalesDecisionDialog';

/** Approve / Reject for an undecided request, for roles that may decide (not marketers). */
export const AfterSalesDecisionButtons = ({ request }: { request: AfterSales }) => {
  const translate = useTranslate();
  const { canAccess = false } = useCanAccess({ resource: 'after-sales', action: 'edit' });
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  if (!canAccess || request.status !== 'requested') return null;
  const label = (action: DecisionOutcome) =>
    translate(`resources.after-sales.decision.${action}_for`, { number: request.orderNumber });
  return (
    <Stack direction="row" spacing={1}>
      <Button
        size="small"
        variant="contained"
        aria-label={label('approve')}
        onClick={() => setOutcome('approve')}
      >
        {translate('resources.after-sales.decision.approve')}
      </Button>
      <Button
        size="small"
        variant="outlined"
        color="error"
        aria-label={label('reject')}
        onClick={() => setOutcome('reject')}
      >
        {translate('resources.after-sales.decision.reject')}
      </Button>
      {outcome && (
        <AfterSalesDecisionDialog request={request} outcome={outcome} onClose={() => setOutcome(null)} />
      )}
    </Stack>
  );
};
