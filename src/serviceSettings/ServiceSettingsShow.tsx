import { Alert, Stack, Typography } from '@mui/material';
import {
  DateField,
  Labeled,
  useCanAccess,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { ServiceSettings } from '../api';
import { GuardedShow } from '../components/GuardedShow';
import { MoneyField } from '../components/MoneyField';
import { formatFen } from '../domain/money';

/** What the threshold means for whoever reads it: which refunds they may approve themselves. */
const ThresholdExplained = () => {
  const record = useRecordContext<ServiceSettings>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('resources.service-settings.explain_threshold', {
        amount: formatFen(record.approvalThresholdFen, locale),
      })}
    </Typography>
  );
};

/** For agents and marketers: the brand's service settings, read-only (an Edit button shows only to admins). */
export const ServiceSettingsShow = () => {
  const translate = useTranslate();
  const { canAccess: canEdit, isPending } = useCanAccess({ resource: 'service-settings', action: 'edit' });
  return (
    <GuardedShow<ServiceSettings> title="resources.service-settings.page.title">
      <Stack spacing={2} sx={{ p: { xs: 2, sm: 3 }, maxWidth: 560 }}>
        <Typography variant="h6" component="h2">
          {translate('resources.service-settings.sections.after_sales')}
        </Typography>
        <Labeled source="approvalThresholdFen">
          <MoneyField source="approvalThresholdFen" />
        </Labeled>
        <ThresholdExplained />
        <Labeled source="updatedAt">
          <DateField source="updatedAt" showTime />
        </Labeled>
        {!isPending && !canEdit && (
          <Alert severity="info">{translate('resources.service-settings.read_only')}</Alert>
        )}
      </Stack>
    </GuardedShow>
  );
};
