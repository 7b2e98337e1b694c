import { Card, CardContent, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { VerificationApplication } from '../api';
import { fieldLabel, formatDate, reasonLabel, statusLabel } from './ReviewLabels';
import { verificationStatusColors } from './ReviewQueue';

/**
 * A decided (or not yet submitted) application, read-only: the outcome, the reasons given, and every
 * submission and decision so far, newest first.
 */
export const ReviewDecisionSummary = ({ application }: { application: VerificationApplication }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { status, rejections, history } = application;
  const decision = [...history]
    .reverse()
    .find((event) => event.event === 'approved' || event.event === 'rejected');
  const decided = status === 'approved' || status === 'rejected';
  return (
    <Card variant="outlined" component="section" aria-labelledby="review-summary-title">
      <CardContent>
        <Stack spacing={1.5}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography id="review-summary-title" variant="h6" component="h2">
              {translate('verificationReview.summary.title')}
            </Typography>
            <Chip
              size="small"
              color={verificationStatusColors[status]}
              label={statusLabel(translate, status)}
            />
          </Stack>
          {decided && application.decidedAt && (
            <Typography variant="body2">
              {decision
                ? translate('verificationReview.summary.decided_by', {
                    status: statusLabel(translate, status),
                    name: decision.byName,
                    date: formatDate(application.decidedAt, locale),
                  })
                : translate('verificationReview.summary.decided', {
                    status: statusLabel(translate, status),
                    date: formatDate(application.decidedAt, locale),
                  })}
            </Typography>
          )}
          {status === 'submitted' && (
            <Typography variant="body2">{translate('verificationReview.summary.waiting')}</Typography>
          )}
          {status === 'rejected' && rejections.length > 0 && (
            <div>
              <Typography variant="subtitle2" component="h3" id="review-summary-reasons">
                {translate('verificationReview.summary.reasons')}
              </Typography>
              <List dense disablePadding aria-labelledby="review-summary-reasons">
                {rejections.map((rejection) => (
                  <ListItem key={`${rejection.field}:${rejection.reason}`} disableGutters>
                    <ListItemText
                      primary={`${fieldLabel(translate, rejection.field)}: ${reasonLabel(translate, rejection.reason)}`}
                      secondary={rejection.note || undefined}
                      slotProps={{ secondary: { sx: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } } }}
                    />
                  </ListItem>
                ))}
              </List>
            </div>
          )}
          {history.length > 0 && (
            <div>
              <Typography variant="subtitle2" component="h3" id="review-summary-history">
                {translate('verificationReview.summary.history')}
              </Typography>
              <List dense disablePadding aria-labelledby="review-summary-history">
                {[...history].reverse().map((event) => (
                  <ListItem key={`${event.at}:${event.event}`} disableGutters>
                    <ListItemText
                      primary={translate(`resources.verification-applications.events.${event.event}`, {
                        name: event.byName,
                      })}
                      secondary={formatDate(event.at, locale)}
                    />
                  </ListItem>
                ))}
              </List>
            </div>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
