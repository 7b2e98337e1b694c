/**
 * A react-admin input for one uploaded file. Its form value is a FileRef (what the platform stores) or null.
 *
 *   <FileUploadInput source="logo" purpose="logo" />
 *   <FileUploadInput source="businessLicence" purpose="document" helperText="…" validate={required()} />
 *
 * The file is checked against the contract's upload rules (type, size and, for images, the decoded pixels)
 * before anything is sent; a refused file leaves the value as it was with the reason next to the field.
 * Accepted files go to `dataProvider.uploadFile` and the form value becomes the platform's answer. Removing
 * or replacing a file can be undone. For several files (a gallery), use `useUploader(purpose)` directly.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import {
  Box,
  FormHelperText,
  LinearProgress,
  Stack,
  Typography,
  type SxProps,
  type Theme,
} from '@mui/material';
import { FieldTitle, InputHelperText, useInput, useTranslate, useTranslateLabel } from 'react-admin';
import type { InputProps } from 'react-admin';
import { fileRefSchema, uploadRules, type FilePurpose, type FileRef } from '../../api';
import { FileDropZone } from './FileDropZone';
import { FileUploadActions } from './FileUploadActions';
import { UndoNotice } from './UndoNotice';
import type { PixelReader } from './readImageSize';
import { useFileChoice } from './useFileChoice';
import { useUploadHint } from './useUploadHint';

export interface FileUploadInputProps {
  source: string;
  /** The id of the button that starts the input (Choose or Replace), e.g. for a summary of errors to focus. */
  id?: string;
  purpose: FilePurpose;
  label?: InputProps['label'];
  helperText?: ReactNode;
  validate?: InputProps['validate'];
  readOnly?: boolean;
  disabled?: boolean;
  resource?: string;
  sx?: SxProps<Theme>;
  /** How to read an image's pixels before sending; tests inject one (jsdom decodes no images). */
  readPixels?: PixelReader;
}

const keepAsIs = (value: unknown) => value;
const asFileRef = (value: unknown): FileRef | null => fileRefSchema.safeParse(value).data ?? null;

export const FileUploadInput = (props: FileUploadInputProps) => {
  const { source, purpose, label, helperText, readOnly, disabled, resource, sx } = props;
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const hint = useUploadHint(purpose);
  const { id, field, fieldState, isRequired } = useInput({
    id: props.id,
    source,
    resource,
    validate: props.validate,
    disabled,
    readOnly,
    format: keepAsIs,
    parse: keepAsIs,
  });
  const value = asFileRef(field.value);
  const { onChange, onBlur } = field;
  const setValue = (file: FileRef | null) => {
    onChange(file);
    onBlur();
  };
  const state = useFileChoice(purpose, value, setValue, props.readPixels);
  const editable = !readOnly && !disabled;

  const pickerRef = useRef<HTMLInputElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  // After a removal the buttons that had focus are gone: keep the keyboard where the person was.
  const hadValue = useRef(value !== null);
  useEffect(() => {
    if (hadValue.current && value === null) chooseRef.current?.focus();
    hadValue.current = value !== null;
  }, [value]);

  const labelId = `${useId()}-label`;
  const helperId = `${id}-helper-text`;
  // A label given as an element has no words to put in the buttons' names: the source stands in.
  const translatedLabel = translateLabel({ label, source, resource });
  const fieldName = typeof translatedLabel === 'string' ? translatedLabel : source;
  const error = state.failure
    ? translate(state.failure.code, state.failure.values)
    : fieldState.error?.message;

  return (
    <Box
      role="group"
      aria-labelledby={labelId}
      sx={[{ width: '100%', my: 1 }, ...(Array.isArray(sx) ? sx : [sx])]}
    >
      <Typography id={labelId} component="div" variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
        <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />
      </Typography>
      <FileDropZone onFile={(file) => void state.choose(file)} disabled={!editable} error={Boolean(error)}>
        <FileUploadActions
          id={id}
          value={value}
          editable={editable}
          pending={state.pending !== null}
          fieldName={fieldName}
          describedBy={helperId}
          chooseRef={chooseRef}
          onPick={() => pickerRef.current?.click()}
          onRemove={state.remove}
        />
        {state.pending !== null && (
          <Stack spacing={0.5} sx={{ mt: 1 }}>
            <LinearProgress aria-label={translate('uploads.uploading', { name: state.pending })} />
            <Typography variant="caption" color="text.secondary">
              {translate('uploads.uploading', { name: state.pending })}
            </Typography>
          </Stack>
        )}
      </FileDropZone>
      <input
        ref={pickerRef}
        type="file"
        hidden
        tabIndex={-1}
        accept={uploadRules[purpose].types.join(',')}
        aria-label={fieldName}
        disabled={!editable}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) is a change too.
          event.target.value = '';
          if (file) void state.choose(file);
        }}
      />
      {editable && state.undoable && <UndoNotice change={state.undoable} onUndo={state.undo} />}
      <Box role="status" sx={visuallyHidden}>
        {state.uploaded ? translate('uploads.uploaded', { name: state.uploaded }) : ''}
      </Box>
      <FormHelperText
        id={helperId}
        error={Boolean(error)}
        component="div"
        role={state.failure ? 'alert' : undefined}
      >
        {error && <InputHelperText error={error} />}
        {helperText && (
          <Box>{typeof helperText === 'string' ? translate(helperText, { _: helperText }) : helperText}</Box>
        )}
        {editable && <Box sx={{ color: 'text.secondary' }}>{hint}</Box>}
      </FormHelperText>
    </Box>
  );
};

// Announced by screen readers, not shown. Sizes are strings: in `sx` a number up to 1 is a fraction.
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
