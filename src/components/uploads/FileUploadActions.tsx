import type { RefObject } from 'react';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import RemoveIcon from '@mui/icons-material/DeleteOutline';
import ReplaceIcon from '@mui/icons-material/SwapHoriz';
import { Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { FileRef } from '../../api';
import { FilePreview } from './FilePreview';

export interface FileUploadActionsProps {
  /** The input's id, on the button that starts it, so a summary of errors can move focus there. */
  id: string;
  value: FileRef | null;
  editable: boolean;
  pending: boolean;
  /** The field's name in words, so each button says which file it acts on. */
  fieldName: string;
  describedBy: string;
  chooseRef: RefObject<HTMLButtonElement | null>;
  onPick: () => void;
  onRemove: () => void;
}

/** The file (preview, Replace, Remove) or, without one, the Choose button and the drop hint. */
export const FileUploadActions = (props: FileUploadActionsProps) => {
  const { id, value, editable, pending, fieldName, describedBy, chooseRef, onPick, onRemove } = props;
  const translate = useTranslate();

  if (!value) {
    if (!editable)
      return (
        <Typography id={id} variant="body2" color="text.secondary">
          {translate('uploads.no_file')}
        </Typography>
      );
    return (
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
        <Button
          id={id}
          ref={chooseRef}
          variant="outlined"
          startIcon={<UploadIcon />}
          onClick={onPick}
          disabled={pending}
          aria-label={translate('uploads.choose_for', { field: fieldName })}
          aria-describedby={describedBy}
          sx={{ alignSelf: 'flex-start' }}
        >
          {translate('uploads.choose')}
        </Button>
        <Typography variant="body2" color="text.secondary">
          {translate('uploads.drop_here')}
        </Typography>
      </Stack>
    );
  }

  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' } }}>
      <FilePreview file={value} />
      {editable && (
        <Stack direction="row" spacing={1} sx={{ ml: { sm: 'auto' }, flexShrink: 0 }}>
          <Button
            id={id}
            size="small"
            startIcon={<ReplaceIcon />}
            onClick={onPick}
            disabled={pending}
            aria-label={translate('uploads.replace_for', { field: fieldName })}
            aria-describedby={describedBy}
          >
            {translate('uploads.replace')}
          </Button>
          <Button
            size="small"
            color="error"
            startIcon={<RemoveIcon />}
            onClick={onRemove}
            disabled={pending}
            aria-label={translate('uploads.remove_for', { field: fieldName })}
          >
            {translate('uploads.remove')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
};
