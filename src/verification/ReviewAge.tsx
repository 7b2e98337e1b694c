import { useEffect, useState } from 'react';
import { Typography } from '@mui/material';
import {
  useLocaleState,
  useRecordContext,
  useTranslate,
  type FieldProps,
  type TranslateFunction,
} from 'react-admin';
import type { VerificationApplication } from '../api';
import { formatDate } from './ReviewLabels';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A request waiting longer than this shows its age in the warning colour. */
const OVERDUE_HOURS = 48;

/** How long a request has waited, as "45 min", "3 h" or "4 d". */
export function reviewAgeParts(since: string, now: number) {
  const elapsed = Math.max(0, now - new Date(since).getTime());
  const hours = elapsed / HOUR;
  if (elapsed < HOUR) return { unit: 'minutes', count: Math.floor(elapsed / MINUTE), hours } as const;
  if (hours < 48) return { unit: 'hours', count: Math.floor(hours), hours } as const;
  return { unit: 'days', count: Math.floor(hours / 24), hours } as const;
}

/** The current time, ticking every minute, so ages move on while the queue stays open. */
export function useReviewNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** The request's age as text, or "Not submitted" for a draft. */
export function reviewAgeText(
  translate: TranslateFunction,
  application: VerificationApplication,
  now: number,
) {
  if (!application.submittedAt) return translate('verificationReview.queue.not_submitted');
  const { unit, count } = reviewAgeParts(application.submittedAt, now);
  return translate(`verificationReview.queue.age.${unit}`, { count });
}

/** Time since submission; a submitted request waiting past two days turns the warning colour. */
export const ReviewAgeField = (props: FieldProps<VerificationApplication>) => {
  const application = useRecordContext<VerificationApplication>(props);
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const now = useReviewNow();
  if (!application) return null;
  const { submittedAt } = application;
  const overdue =
    application.status === 'submitted' &&
    submittedAt !== null &&
    reviewAgeParts(submittedAt, now).hours > OVERDUE_HOURS;
  return (
    <Typography
      component="span"
      variant="body2"
      color={overdue ? 'warning.main' : submittedAt ? 'text.primary' : 'text.secondary'}
      sx={{ fontWeight: overdue ? 600 : undefined, whiteSpace: 'nowrap' }}
      title={
        submittedAt
          ? translate('verificationReview.queue.waiting_since', { date: formatDate(submittedAt, locale) })
          : undefined
      }
    >
      {reviewAgeText(translate, application, now)}
    </Typography>
  );
};
