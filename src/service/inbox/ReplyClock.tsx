import AlarmIcon from '@mui/icons-material/AlarmOutlined';
import PauseIcon from '@mui/icons-material/PauseCircleOutline';
import TimerIcon from '@mui/icons-material/TimerOutlined';
import WarningIcon from '@mui/icons-material/WarningAmber';
import { Box, Tooltip, type SvgIconProps } from '@mui/material';
import type { ComponentType } from 'react';
import { useTranslate } from 'react-admin';
import { replyCountdown, type ClockState } from '../../domain/service';
import { useNow } from '../live';
import { clockText } from './replyClockText';

// Colour never carries the state alone: each state has its own icon and words.
const looks: Record<ClockState, { color: string; icon: ComponentType<SvgIconProps> }> = {
  running: { color: 'text.secondary', icon: TimerIcon },
  urgent: { color: 'warning.main', icon: WarningIcon },
  breached: { color: 'error.main', icon: AlarmIcon },
  paused: { color: 'text.secondary', icon: PauseIcon },
};

/**
 * The 3-minute reply countdown of a waiting conversation. Each visible row ticks on its own, so a
 * second passing re-renders a handful of clocks, not the whole inbox.
 */
export function ReplyClock({ waitingSince }: { waitingSince: string }) {
  const translate = useTranslate();
  const now = useNow(1000);
  const countdown = replyCountdown(Date.parse(waitingSince), now);
  const text = clockText(countdown);
  const { color, icon: Icon } = looks[countdown.state];
  const description = translate(text.descriptionKey, text.values);
  return (
    <Tooltip title={description}>
      <Box
        component="span"
        role="timer"
        aria-label={description}
        data-state={countdown.state}
        sx={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 0.25,
          color,
          fontSize: '0.75rem',
          fontWeight: countdown.state === 'urgent' || countdown.state === 'breached' ? 600 : 400,
          fontVariantNumeric: 'tabular-nums',
          whiteSpace: 'nowrap',
        }}
      >
        <Icon sx={{ fontSize: 14 }} aria-hidden />
        {translate(text.key, text.values)}
      </Box>
    </Tooltip>
  );
}
