import type { ReactNode } from 'react';
import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ModerationItem } from '../api';
import { HighlightedText } from '../components/claims';
import { OTHER_REASON } from './moderationChoices';
import { fieldLabel } from './rejectChoices';

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }}>
    <Typography variant="body2" color="text.secondary" sx={{ minWidth: 120 }}>
      {label}
    </Typography>
    <Typography variant="body2" component="div">
      {children}
    </Typography>
  </Stack>
);

/** Who decided, when, how and why; a rejection's passage is shown outlined in its field's text. */
export const DecisionSummary = ({ item }: { item: ModerationItem }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { decision } = item;
  if (!decision) return null;
  const date = new Date(decision.at).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en');
  const passageField = decision.passage
    ? item.fields.find((field) => field.field === decision.passage?.field)
    : null;
  const reason =
    decision.reasonRuleId === null
      ? null
      : decision.reasonRuleId === OTHER_REASON
        ? translate('moderation.decide.reason_other')
        : translate('moderation.decide.reason_rule', {
            rule: decision.reasonRuleId,
            message: translate(`claims.rules.${decision.reasonRuleId}.message`, { _: decision.reasonRuleId }),
          });
  return (
    <Card variant="outlined" component="section" aria-labelledby="decision-summary-title">
      <CardContent>
        <Stack spacing={1.5}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography id="decision-summary-title" variant="h6" component="h2">
              {translate('moderation.decision.title')}
            </Typography>
            <Chip
              size="small"
              color={decision.outcome === 'approve' ? 'success' : 'error'}
              label={translate(`moderation.outcomes.${decision.outcome}`)}
            />
          </Stack>
          <Typography variant="body2">
            {translate('moderation.decision.summary', {
              outcome: translate(`moderation.outcomes.${decision.outcome}`),
              name: decision.byName,
              date,
            })}
          </Typography>
          {reason && <Row label={translate('moderation.decision.reason')}>{reason}</Row>}
          {decision.reasonText && (
            <Row label={translate('moderation.decision.text')}>{decision.reasonText}</Row>
          )}
          {decision.passage && passageField && (
            <Row label={translate('moderation.decision.passage')}>
              {fieldLabel(translate, passageField.field)}:{' '}
              <HighlightedText
                text={passageField.text}
                findings={passageField.findings}
                passage={decision.passage}
                multiline
              />
            </Row>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
