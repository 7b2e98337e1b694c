import { Alert, Skeleton, Stack } from '@mui/material';
import { Button, useListContext, useTranslate } from 'react-admin';
import { errorMessage } from '../httpErrors';

/** Card placeholders while a phone's list loads, so the page does not jump. */
export const CardsLoading = () => {
  const translate = useTranslate();
  return (
    <Stack spacing={1} sx={{ p: 1 }} aria-busy="true" aria-label={translate('ra.page.loading')}>
      {[0, 1, 2].map((key) => (
        <Skeleton key={key} variant="rounded" height={88} />
      ))}
    </Stack>
  );
};

/** A list that failed to load says why and offers to try again. */
export const ListLoadError = () => {
  const translate = useTranslate();
  const { error, refetch } = useListContext();
  return (
    <Alert
      severity="error"
      sx={{ m: 2 }}
      action={<Button label="resources.orders.context.retry" onClick={() => refetch()} />}
    >
      {translate(errorMessage(error))}
    </Alert>
  );
};
