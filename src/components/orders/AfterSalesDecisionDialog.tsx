import { useState } from 'react';
import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { afterSalesDecisionSchema, type AfterSales, type AfterSalesRejectReason } from '../../api';
import { httpStatus } from '../httpErrors';
import { problemCode, problemFieldErrors } from './problemFields';
import { RejectReasonInputs } from './RejectReasonInputs';
import { useAfterSalesDecision } from './useAfterSalesDecision';
import { useApprovalLimit } from './useApprovalLimit';
import { useFen } from './useFen';

export type DecisionOutcome = 'approve' | 'reject';

interface DecisionDialogProps {
  request: AfterSales;
  outcome: DecisionOutcome;
  onClose: () => void;
}

/** Why the platform refused, as a sentence above the buttons (field errors go next to the fields). */
function refusalMessage(error: unknown): string | undefined {
  if (!error) return undefined;
  const status = httpStatus(error);
  if (status === 409) return 'resources.after-sales.decision.conflict';
  if (status === 422) return undefined;
  return problemCode(error) === 'afterSales.needs_admin'
    ? 'resources.after-sales.decision.needs_admin_refused'
    : (problemCode(error) ?? 'errors.unknown');
}

/**
 * Approve or reject one after-sales request. Above the brand's threshold a non-admin is told it needs
 * an admin before trying; the platform's own refusals (403, 409, 422) are shown in place, input kept.
 */
export const AfterSalesDecisionDialog = ({ request, outcome, onClose }: DecisionDialogProps) => {
  const translate = useTranslate();
  const fen = useFen();
  const [reason, setReason] = useState<AfterSalesRejectReason | ''>('');
  const [note, setNote] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const decision = useAfterSalesDecision(request);
  const { thresholdFen, needsAdmin } = useApprovalLimit(request.amountFen);
  const errors = { ...problemFieldErrors(decision.error), ...localErrors };
  const refusal = refusalMessage(decision.error);
  const blocked = outcome === 'approve' && needsAdmin;
  const submit = () => {
    const body = { outcome, rejectReason: reason || null, rejectNote: note };
    const checked = afterSalesDecisionSchema.safeParse({ ...body, version: request.version });
    if (!checked.success) {
      setLocalErrors(
        Object.fromEntries(checked.error.issues.map((issue) => [String(issue.path[0]), issue.message])),
      );
      return;
    }
    setLocalErrors({});
    decision.mutate(body, { onSuccess: onClose });
  };
  const summary = translate(`resources.after-sales.decision.summary`, {
    type: translate(`resources.after-sales.types.${request.type}`),
    amount: fen(request.amountFen),
    number: request.orderNumber,
    buyer: request.buyerName,
  });
  return (
    <Dialog open onClose={decision.isPending ? undefined : onClose} fullWidth maxWidth="xs">
      <DialogTitle>{translate(`resources.after-sales.decision.title_${outcome}`)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2">{summary}</Typography>
          {blocked && thresholdFen !== undefined && (
            <Alert severity="info">
              {translate('resources.after-sales.decision.needs_admin', { threshold: fen(thresholdFen) })}
            </Alert>
          )}
          {outcome === 'approve' && !blocked && (
            <Typography variant="body2">
              {translate('resources.after-sales.decision.approve_effect', { amount: fen(request.amountFen) })}
            </Typography>
          )}
          {outcome === 'reject' && (
            <RejectReasonInputs
              reason={reason}
              note={note}
              errors={errors}
              onReason={setReason}
              onNote={setNote}
            />
          )}
          {refusal && (
            <Alert severity={httpStatus(decision.error) === 409 ? 'warning' : 'error'} role="alert">
              {translate(refusal, { threshold: thresholdFen === undefined ? '' : fen(thresholdFen) })}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={decision.isPending}>
          {translate('ra.action.cancel')}
        </Button>
        <Button
          variant="contained"
          color={outcome === 'approve' ? 'primary' : 'error'}
          onClick={submit}
          disabled={blocked || decision.isPending || httpStatus(decision.error) === 409}
          startIcon={decision.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {translate(`resources.after-sales.decision.${outcome}`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
