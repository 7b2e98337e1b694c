import { useId, useRef, useState, type DragEvent } from 'react';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { fileSize, importFileProblem } from './importFile';

export interface ImportFilePickerProps {
  file: File | null;
  onChange: (file: File | null) => void;
  disabled?: boolean;
}

/**
 * Pick or drop one CSV file. It is checked here (type, size) before anything is sent, and the reason is
 * shown in words; the button opens the browser's file dialog, so it works from the keyboard too.
 */
export const ImportFilePicker = ({ file, onChange, disabled }: ImportFilePickerProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const problem = file ? importFileProblem(file) : null;

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) onChange(event.dataTransfer.files[0] ?? null);
  };

  return (
    <Box
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      sx={{
        p: { xs: 2, sm: 3 },
        border: 2,
        borderStyle: 'dashed',
        borderRadius: 2,
        borderColor: dragging ? 'primary.main' : 'divider',
        bgcolor: dragging ? 'action.hover' : 'transparent',
        textAlign: 'center',
      }}
    >
      <UploadIcon sx={{ fontSize: 40, color: 'text.secondary' }} />
      <Typography sx={{ mb: 1.5 }}>{translate('product_imports.file.drop')}</Typography>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        aria-label={translate('product_imports.file.label')}
        tabIndex={-1}
        style={{ display: 'none' }}
        onChange={(event) => {
          onChange(event.target.files?.[0] ?? null);
          // The same file picked again after an edit must still fire a change.
          event.target.value = '';
        }}
      />
      <Button variant="outlined" onClick={() => input.current?.click()} disabled={disabled}>
        {translate(file ? 'product_imports.file.choose_another' : 'product_imports.file.choose')}
      </Button>
      {file && (
        <Typography sx={{ mt: 1.5, overflowWrap: 'anywhere' }} aria-live="polite">
          {translate('product_imports.file.chosen', { name: file.name, size: fileSize(file.size, locale) })}
        </Typography>
      )}
      {problem && (
        <Alert severity="error" sx={{ mt: 1.5, textAlign: 'left' }}>
          {translate(problem.code, problem.values)}
        </Alert>
      )}
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1.5 }}>
        {translate('product_imports.file.limits')}
      </Typography>
    </Box>
  );
};
