import { useId, type ReactNode } from 'react';
import { Alert, Button, Skeleton, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { errorMessage } from '../../components/httpErrors';

interface ContextSectionProps {
  title: string;
  isPending: boolean;
  error: unknown;
  empty: string;
  count: number;
  onRetry: () => void;
  children: ReactNode;
}

/** One block of the buyer context with its own loading, error (with retry) and empty states. */
export const ContextSection = ({
  title,
  isPending,
  error,
  empty,
  count,
  onRetry,
  children,
}: ContextSectionProps) => {
  const translate = useTranslate();
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} spacing={1}>
      <Typography id={headingId} variant="overline" component="h3" color="text.secondary">
        {translate(title)}
      </Typography>
      {isPending ? (
        <Skeleton variant="rounded" height={96} aria-label={translate('ra.page.loading')} />
      ) : error ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={onRetry}>
              {translate('resources.orders.context.retry')}
            </Button>
          }
        >
          {translate(errorMessage(error))}
        </Alert>
      ) : count === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate(empty)}
        </Typography>
      ) : (
        children
      )}
    </Stack>
  );
};
