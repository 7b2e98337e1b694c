import { Box, Skeleton, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReplyFigures } from '../../domain/service';
import { minutesAndSeconds } from './formatDuration';
import { useReplyFigures } from './useReplyFigures';
import { visuallyHidden } from '../../components/visuallyHidden';

function useFormatters() {
  const translate = useTranslate();
  const none = translate('service.live.figures.none');
  const rate = (figures: ReplyFigures | null) =>
    figures?.rate == null ? none : `${Math.round(figures.rate * 100)}%`;
  const average = (figures: ReplyFigures | null) => {
    if (figures?.averageFirstReplyMs == null) return none;
    const { minutes, seconds } = minutesAndSeconds(figures.averageFirstReplyMs);
    return minutes === 0
      ? translate('service.live.figures.duration_seconds', { seconds })
      : translate('service.live.figures.duration_minutes', { minutes, seconds });
  };
  return { rate, average };
}

/** One line: "3-min reply rate: me 92% · team 88%"; short labels on a phone. */
function FigureLine({
  label,
  short,
  mine,
  team,
}: {
  label: string;
  short: string;
  mine: string;
  team: string;
}) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" component="p" sx={{ whiteSpace: 'nowrap', m: 0 }}>
      {/* Screen readers always hear the full label; a phone shows the short one. */}
      <Box component="span" sx={(theme) => ({ [theme.breakpoints.down('sm')]: visuallyHidden })}>
        {label}
      </Box>
      <Box component="span" aria-hidden sx={{ display: { xs: 'inline', sm: 'none' } }}>
        {short}
      </Box>
      {': '}
      {translate('service.live.figures.me')} <strong>{mine}</strong>
      {' · '}
      {translate('service.live.figures.team')} <strong>{team}</strong>
    </Typography>
  );
}

/** Today's 3-minute reply rate and average first reply, for me and for the team, for the inbox header. */
export function ReplyFiguresSummary() {
  const translate = useTranslate();
  const { mine, team, isLoading, isError } = useReplyFigures();
  const format = useFormatters();
  const label = translate('service.live.figures.label');
  if (isLoading) {
    return <Skeleton variant="text" width={180} aria-label={translate('service.live.figures.loading')} />;
  }
  if (isError) {
    return (
      <Typography variant="body2" color="text.secondary" role="status">
        {translate('service.live.figures.error')}
      </Typography>
    );
  }
  return (
    <Tooltip title={translate('service.live.figures.help')}>
      <Box
        component="section"
        aria-label={label}
        sx={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}
      >
        <FigureLine
          label={translate('service.live.figures.rate')}
          short={translate('service.live.figures.rate_short')}
          mine={format.rate(mine)}
          team={format.rate(team)}
        />
        <FigureLine
          label={translate('service.live.figures.average')}
          short={translate('service.live.figures.average_short')}
          mine={format.average(mine)}
          team={format.average(team)}
        />
      </Box>
    </Tooltip>
  );
}
