import ScheduleIcon from '@mui/icons-material/ScheduleOutlined';
import { Stack, Tooltip, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { AfterSales } from '../../api';
import { autoApprovalCountdown } from '../../domain/service';
import { durationKey, durationParts } from './durationParts';
import { useNow } from './useNow';

type CountdownProps = Pick<AfterSales, 'status' | 'requestedAt' | 'crossBorder'>;

/**
 * How long before the platform approves an undecided request by itself (72 h domestic, 96 h
 * cross-border); urgent in the last 12 hours. Decided requests show nothing: the clock has stopped.
 */
export const AfterSalesCountdown = ({ status, requestedAt, crossBorder }: CountdownProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const now = useNow();
  if (status !== 'requested') return null;
  const countdown = autoApprovalCountdown(Date.parse(requestedAt), crossBorder, now);
  const parts = durationParts(countdown.leftMs);
  const text =
    countdown.state === 'due'
      ? translate('resources.after-sales.countdown.due')
      : translate('resources.after-sales.countdown.left', {
          left: translate(`resources.after-sales.countdown.${durationKey(parts)}`, parts),
        });
  const exact = new Date(countdown.dueAt).toLocaleString(locale === 'zh' ? 'zh-CN' : locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const urgent = countdown.state !== 'running';
  return (
    <Tooltip title={translate('resources.after-sales.countdown.exact', { at: exact })}>
      <Stack
        direction="row"
        spacing={0.5}
        sx={{ alignItems: 'center', color: urgent ? 'error.main' : 'text.secondary' }}
        tabIndex={0}
      >
        <ScheduleIcon fontSize="small" aria-hidden />
        <Typography variant="body2" component="span" sx={{ fontWeight: urgent ? 600 : undefined }}>
          {text}
        </Typography>
      </Stack>
    </Tooltip>
  );
};
