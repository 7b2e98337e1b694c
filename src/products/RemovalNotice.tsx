import type { Ref } from 'react';
import { Alert, Button } from '@mui/material';
import { useTranslate } from 'react-admin';

/** "50 ml was removed. Undo": shown under a list of rows after one was removed. */
export const RemovalNotice = ({
  message,
  onUndo,
  undoRef,
}: {
  message: string;
  onUndo: () => void;
  undoRef: Ref<HTMLButtonElement>;
}) => {
  const translate = useTranslate();
  return (
    <Alert
      severity="info"
      variant="outlined"
      role="status"
      sx={{ mt: 1, py: 0 }}
      action={
        <Button color="inherit" size="small" onClick={onUndo} ref={undoRef}>
          {translate('resources.products.skus.undo')}
        </Button>
      }
    >
      {message}
    </Alert>
  );
};
