import { Alert, Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { UndoableChange } from './useFileChoice';

/** "logo.png was removed. Undo": the form is not saved yet, so the previous file is one click away. */
export const UndoNotice = ({ change, onUndo }: { change: UndoableChange; onUndo: () => void }) => {
  const translate = useTranslate();
  return (
    <Alert
      severity="info"
      variant="outlined"
      role="status"
      sx={{ mt: 1, py: 0 }}
      action={
        <Button color="inherit" size="small" onClick={onUndo}>
          {translate('uploads.undo')}
        </Button>
      }
    >
      {translate(`uploads.${change.kind}`, { name: change.previous.name })}
    </Alert>
  );
};
