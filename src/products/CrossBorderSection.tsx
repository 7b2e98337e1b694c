import { Alert, Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { CrossBorderInputs } from './CrossBorderInputs';
import { FieldArrayError } from './FieldArrayError';
import { FormSection } from './FormSection';

/**
 * The cross-border fields when the store sells from abroad. If the store could not be loaded the form
 * can't know: it says so and offers to try again, and shows the fields anyway when the product has them.
 * A store without a trade model yet gets a note instead. The platform's error on the whole part (e.g.
 * `crossBorder: validation.required`) shows under it.
 */
export const CrossBorderSection = ({
  show,
  storeFailed,
  tradeModelMissing,
  onRetry,
}: {
  show: boolean;
  storeFailed: boolean;
  /** The store has no trade model yet (a new brand), so nobody knows yet whether customs fields apply. */
  tradeModelMissing: boolean;
  onRetry: () => void;
}) => {
  const translate = useTranslate();
  if (!show && !storeFailed && !tradeModelMissing) return null;
  return (
    <FormSection title="resources.products.sections.cross_border">
      {storeFailed && (
        <Alert
          severity="warning"
          sx={{ mb: 1 }}
          action={
            <Button color="inherit" size="small" onClick={onRetry}>
              {translate('resources.products.cross_border.retry')}
            </Button>
          }
        >
          {translate('resources.products.cross_border.store_unknown')}
        </Alert>
      )}
      {tradeModelMissing && !show && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('resources.products.cross_border.trade_model_missing')}
        </Alert>
      )}
      {show && <CrossBorderInputs />}
      <FieldArrayError name="crossBorder" />
    </FormSection>
  );
};
