import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { SHORTCUTS } from './shortcutKeys';

const keyNames: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑' };

interface ShortcutHelpDialogProps {
  open: boolean;
  onClose(): void;
  /** Single-key shortcuts can be turned off for people whose assistive technology uses those keys. */
  enabled: boolean;
  onEnabledChange(enabled: boolean): void;
}

export function ShortcutHelpDialog({ open, onClose, enabled, onEnabledChange }: ShortcutHelpDialogProps) {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="shortcut-help-title" fullWidth maxWidth="xs">
      <DialogTitle id="shortcut-help-title">{translate('service.shortcuts.title')}</DialogTitle>
      <DialogContent>
        <Table size="small" aria-labelledby="shortcut-help-title">
          <TableBody>
            {SHORTCUTS.map(({ action, keys }) => (
              <TableRow key={action}>
                <TableCell component="th" scope="row">
                  {translate(`service.shortcuts.actions.${action}`)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {keys.map((key) => (
                    <Box
                      key={key}
                      component="kbd"
                      sx={{
                        ml: 0.5,
                        px: 0.75,
                        py: 0.25,
                        border: 1,
                        borderColor: 'divider',
                        borderRadius: 1,
                        fontFamily: 'monospace',
                      }}
                    >
                      {keyNames[key] ?? key}
                    </Box>
                  ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Box sx={{ mt: 2, color: 'text.secondary', typography: 'body2' }}>
          {translate('service.shortcuts.typing_note')}
        </Box>
        <FormControlLabel
          sx={{ mt: 1 }}
          control={<Switch checked={enabled} onChange={(event) => onEnabledChange(event.target.checked)} />}
          label={translate('service.shortcuts.enabled')}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
