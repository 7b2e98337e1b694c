import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { Box, TextField, type SxProps, type Theme } from '@mui/material';
import { useForkRef } from '@mui/material/utils';
import { FieldTitle, InputHelperText, useInput, type InputProps, type Validator } from 'react-admin';
import type { ClaimField, Finding } from '../../domain/claims';
import { ClaimMirror } from './ClaimMirror';
import { ClaimSummary } from './ClaimSummary';
import { FindingList } from './FindingList';
import { rebaseFindings } from './rebaseFindings';
import { useClaimCheck } from './useClaimCheck';
import { useClaimDictionary } from './useClaimDictionary';
import { useClaimValidator } from './useClaimValidator';

export interface ClaimCheckedInputProps {
  source: string;
  /** Which kind of copy this is; some rules depend on it (a KOL note may state a personal opinion). */
  claimField: ClaimField;
  label?: InputProps['label'];
  helperText?: ReactNode;
  fullWidth?: boolean;
  multiline?: boolean;
  minRows?: number;
  validate?: Validator | Validator[];
  /** As react-admin's inputs: turns what is typed into the form value. */
  parse?: InputProps['parse'];
  disabled?: boolean;
  readOnly?: boolean;
  resource?: string;
  defaultValue?: string;
  sx?: SxProps<Theme>;
}

/**
 * A text input that marks banned claims as the brand types: blocking claims keep the form from saving (with
 * everything typed kept), claims for review only add a note. The platform checks again on save; its 422
 * lands on this field through react-admin and shows here too.
 */
export function ClaimCheckedInput(props: ClaimCheckedInputProps) {
  const {
    claimField,
    label,
    helperText,
    fullWidth = true,
    multiline,
    minRows,
    validate,
    readOnly,
    sx,
  } = props;
  const dictionary = useClaimDictionary();
  const claimValidator = useClaimValidator(claimField, dictionary);
  const validators = useMemo(
    () => [claimValidator, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])],
    [claimValidator, validate],
  );
  const { id, field, fieldState, isRequired } = useInput({
    source: props.source,
    resource: props.resource,
    defaultValue: props.defaultValue,
    disabled: props.disabled,
    readOnly,
    parse: props.parse,
    validate: validators,
  });

  const text = typeof field.value === 'string' ? field.value : '';
  const report = useClaimCheck(text, claimField);
  const findings = useMemo(() => rebaseFindings(report.findings, report.text, text), [report, text]);
  const [active, setActive] = useState<Finding | null>(null);
  const nativeRef = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const inputRef = useForkRef(field.ref, nativeRef);

  const summaryId = `${useId()}-claims`;
  const blocked = findings.some((f) => f.severity === 'block');
  const error = fieldState.error?.message;
  const showHelper = Boolean(error) || Boolean(helperText);

  return (
    <Box sx={[{ width: fullWidth ? '100%' : undefined, minWidth: 0 }, ...(Array.isArray(sx) ? sx : [sx])]}>
      <TextField
        id={id}
        name={field.name}
        inputRef={inputRef}
        value={text}
        onChange={field.onChange}
        onBlur={field.onBlur}
        disabled={field.disabled}
        fullWidth={fullWidth}
        multiline={multiline}
        minRows={multiline ? (minRows ?? 3) : undefined}
        label={
          <FieldTitle label={label} source={props.source} resource={props.resource} isRequired={isRequired} />
        }
        error={fieldState.invalid || blocked}
        helperText={showHelper ? <InputHelperText error={error} helperText={helperText} /> : undefined}
        // The text box sits above the mirror with a transparent background, so the marks show through it.
        sx={{ '& .MuiInputBase-input': { position: 'relative', zIndex: 1, background: 'transparent' } }}
        slotProps={{
          input: {
            endAdornment: (
              <ClaimMirror
                inputRef={nativeRef}
                text={text}
                findings={findings}
                passage={active}
                multiline={multiline}
              />
            ),
          },
          htmlInput: {
            readOnly,
            'aria-describedby': showHelper ? `${summaryId} ${id}-helper-text` : summaryId,
          },
        }}
      />
      <ClaimSummary id={summaryId} findings={findings} empty={text.length === 0} />
      <FindingList text={text} findings={findings} onActiveChange={setActive} />
    </Box>
  );
}
