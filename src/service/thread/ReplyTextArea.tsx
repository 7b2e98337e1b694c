import { useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { Box, TextField } from '@mui/material';
import { useForkRef } from '@mui/material/utils';
import type { Finding } from '../../domain/claims';
import { FindingList } from '../../components/claims';
import { ClaimMirror } from '../../components/claims/ClaimMirror';
import { ClaimSummary } from '../../components/claims/ClaimSummary';

export interface ReplyTextAreaProps {
  value: string;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  label: string;
  /** Findings already rebased onto `value` (empty in note mode: buyers never read notes). */
  findings: readonly Finding[];
  /** A refusal to show under the box, e.g. after trying to send a blocked claim. */
  error: string | null;
  hint: string;
  inputRef?: Ref<HTMLTextAreaElement>;
  placeholder?: string;
}

/**
 * The reply's text box with banned claims marked as typed, the same marks, summary and explanations as the
 * product forms (src/components/claims), without a react-admin form around it: the reply box is a chat
 * composer, its value a draft kept per conversation.
 */
export function ReplyTextArea(props: ReplyTextAreaProps) {
  const { value, onChange, onKeyDown, label, findings, error, hint, placeholder } = props;
  const id = useId();
  const summaryId = `${id}-claims`;
  const helperId = `${id}-helper`;
  const nativeRef = useRef<HTMLTextAreaElement | null>(null);
  const inputRef = useForkRef(props.inputRef, nativeRef);
  const [active, setActive] = useState<Finding | null>(null);
  const blocked = findings.some((f) => f.severity === 'block');

  return (
    <Box sx={{ minWidth: 0 }}>
      <TextField
        id={id}
        inputRef={inputRef}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        label={label}
        placeholder={placeholder}
        multiline
        minRows={2}
        maxRows={8}
        fullWidth
        size="small"
        error={blocked || error !== null}
        helperText={error ?? hint}
        sx={{ '& .MuiInputBase-input': { position: 'relative', zIndex: 1, background: 'transparent' } }}
        slotProps={{
          input: {
            endAdornment: (
              <ClaimMirror inputRef={nativeRef} text={value} findings={findings} passage={active} multiline />
            ),
          },
          htmlInput: {
            'aria-describedby': `${summaryId} ${helperId}`,
            'aria-invalid': blocked || error !== null,
          },
          formHelperText: { id: helperId },
        }}
      />
      <ClaimSummary id={summaryId} findings={findings} empty={value.length === 0} />
      <Box sx={{ maxHeight: 160, overflowY: 'auto' }}>
        <FindingList text={value} findings={findings} onActiveChange={setActive} />
      </Box>
    </Box>
  );
}
