import KeyboardIcon from '@mui/icons-material/KeyboardOutlined';
import { Box, IconButton, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ConnectionStatus, ReplyFiguresSummary } from './live';

/** Title, the live connection's state, today's reply figures and the shortcut help. */
export function WorkbenchHeader({ onHelp }: { onHelp(): void }) {
  const translate = useTranslate();
  const helpLabel = translate('service.shortcuts.open_help');
  return (
    <Box
      component="header"
      sx={{
        display: 'flex',
        alignItems: 'center',
        flexWrap: 'wrap',
        columnGap: 2,
        rowGap: 0.5,
        px: 2,
        py: 1,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Typography variant="h6" component="h1" sx={{ mr: 'auto' }}>
        {translate('service.workbench.title')}
      </Typography>
      <ConnectionStatus />
      <ReplyFiguresSummary />
      <Tooltip title={helpLabel}>
        <IconButton onClick={onHelp} aria-label={helpLabel} aria-keyshortcuts="?" size="small">
          <KeyboardIcon />
        </IconButton>
      </Tooltip>
    </Box>
  );
}
