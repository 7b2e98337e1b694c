import CloudOffIcon from '@mui/icons-material/CloudOff';
import FiberManualRecordIcon from '@mui/icons-material/FiberManualRecord';
import SyncIcon from '@mui/icons-material/Sync';
import { Box, Button, Chip, Tooltip, type ChipProps } from '@mui/material';
import type { ReactElement } from 'react';
import { useTranslate } from 'react-admin';
import type { ConnectionState } from './liveConnection';
import { useConnection } from './useConnection';
import { useNow } from './useNow';
import { visuallyHidden } from '../../components/visuallyHidden';

const looks: Record<ConnectionState, { color: ChipProps['color']; icon: ReactElement }> = {
  connecting: { color: 'default', icon: <SyncIcon /> },
  live: { color: 'success', icon: <FiberManualRecordIcon /> },
  reconnecting: { color: 'warning', icon: <SyncIcon /> },
  offline: { color: 'error', icon: <CloudOffIcon /> },
};

function useStateLabel(state: ConnectionState, nextAttemptAt: number | null): string {
  const translate = useTranslate();
  const now = useNow(1000, nextAttemptAt);
  if (state === 'reconnecting' && nextAttemptAt !== null && nextAttemptAt > now) {
    return translate('service.live.state.reconnecting_in', {
      seconds: Math.ceil((nextAttemptAt - now) / 1000),
    });
  }
  return translate(`service.live.state.${state}`);
}

/** The live connection's state (colour, icon and words), with a way to reconnect at once when it is down. */
export function ConnectionStatus() {
  const translate = useTranslate();
  const { state, nextAttemptAt, reconnectNow } = useConnection();
  const label = useStateLabel(state, nextAttemptAt);
  const description = translate(`service.live.description.${state}`);
  const down = state === 'reconnecting' || state === 'offline';
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      {/* Announced once per state change; the visible chip ticks down each second, so it stays out of it. */}
      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {`${translate(`service.live.state.${state}`)}. ${description}`}
      </Box>
      <Tooltip title={description}>
        <Chip
          aria-hidden
          size="small"
          variant="outlined"
          color={looks[state].color}
          icon={looks[state].icon}
          label={label}
          sx={{ '& .MuiChip-icon': { fontSize: state === 'live' ? 12 : 18 } }}
        />
      </Tooltip>
      {down && (
        <Button size="small" onClick={reconnectNow}>
          {translate('service.live.reconnect_now')}
        </Button>
      )}
    </Box>
  );
}
