import { Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { ModerationItem } from '../api';
import { GuardedShow } from '../components/GuardedShow';
import { DecisionPanel } from './DecisionPanel';
import { DecisionSummary } from './DecisionSummary';
import { ModerationFields } from './ModerationFields';

const statusColors = { pending: 'warning', approved: 'success', rejected: 'error' } as const;

const ModerationHeader = ({ item }: { item: ModerationItem }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const date = new Date(item.createdAt).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en');
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {item.subjectTitle}
        </Typography>
        <Chip
          size="small"
          variant="outlined"
          color={statusColors[item.status]}
          label={translate(`moderation.statuses.${item.status}`)}
        />
        <Chip size="small" variant="outlined" label={translate(`moderation.kinds.${item.kind}`)} />
      </Stack>
      <Typography variant="body2">
        {translate('moderation.header.submitted', { brand: item.brandName, date })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('moderation.header.dictionary', { version: item.dictionaryVersion })}
      </Typography>
    </Stack>
  );
};

const ModerationDetails = () => {
  const item = useRecordContext<ModerationItem>();
  if (!item) return null;
  return (
    <Stack spacing={2} sx={{ p: { xs: 1.5, sm: 2 } }}>
      <ModerationHeader item={item} />
      <ModerationFields item={item} />
      {item.status === 'pending' ? <DecisionPanel item={item} /> : <DecisionSummary item={item} />}
    </Stack>
  );
};

/** One queued item: the copy with its findings, and the decision (to take, or taken). */
export const ModerationShow = () => (
  <GuardedShow<ModerationItem> actions={false}>
    <ModerationDetails />
  </GuardedShow>
);
