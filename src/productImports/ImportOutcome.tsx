import { Alert, AlertTitle, Button, Stack } from '@mui/material';
import { LinkBase, useCreatePath, useTranslate } from 'react-admin';
import type { ProductImport } from '../api';
import { counted } from './counted';

// Imported products arrive as drafts: the link opens the list on them, newest first.
const importedProductsQuery = new URLSearchParams({
  filter: JSON.stringify({ status: ['draft'] }),
  sort: 'createdAt',
  order: 'DESC',
}).toString();

/** How a committed job ended: what was imported, or that nothing was (a failed or cancelled job is all-or-nothing). */
export const ImportOutcome = ({ job }: { job: ProductImport }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const again = (
    <Button component={LinkBase} to={createPath({ resource: 'product-imports', type: 'create' })}>
      {translate('product_imports.outcome.again')}
    </Button>
  );
  if (job.status === 'completed') {
    return (
      <Alert severity="success" role="status">
        <AlertTitle>
          {translate('product_imports.outcome.completed', counted(job.importedProducts))}
        </AlertTitle>
        {translate('product_imports.outcome.completed_hint')}
        <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }}>
          <Button
            component={LinkBase}
            to={`${createPath({ resource: 'products', type: 'list' })}?${importedProductsQuery}`}
            variant="contained"
            color="success"
          >
            {translate('product_imports.outcome.see_products')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (job.status === 'failed') {
    return (
      <Alert severity="error" role="alert" action={again}>
        <AlertTitle>{translate('product_imports.outcome.failed')}</AlertTitle>
        {job.failureCode && `${translate(job.failureCode, { _: translate('errors.server') })} `}
        {translate('product_imports.outcome.nothing_imported')}
      </Alert>
    );
  }
  if (job.status === 'cancelled') {
    return (
      <Alert severity="info" role="status" action={again}>
        <AlertTitle>{translate('product_imports.outcome.cancelled')}</AlertTitle>
        {translate('product_imports.outcome.nothing_imported')}
      </Alert>
    );
  }
  return null;
};
