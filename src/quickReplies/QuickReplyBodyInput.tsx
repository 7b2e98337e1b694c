import { useRef } from 'react';
import { Box } from '@mui/material';
import { useFormContext } from 'react-hook-form';
import { ClaimCheckedInput } from '../components/claims';
import { quickReplyValidators } from './quickReplyValidation';
import { VariableChips } from './VariableChips';

const SOURCE = 'body';

/**
 * The template text, checked for banned claims as a reply to buyers (variables left in), with buttons that
 * put a variable where the caret is, so nobody has to type `{trackingNumber}` letter for letter.
 */
export const QuickReplyBodyInput = () => {
  const { getValues, setValue } = useFormContext();
  const boxRef = useRef<HTMLDivElement>(null);

  const insert = (token: string) => {
    const textBox = boxRef.current?.querySelector<HTMLTextAreaElement>(`textarea[name="${SOURCE}"]`);
    const current: unknown = getValues(SOURCE);
    const text = typeof current === 'string' ? current : '';
    const start = textBox?.selectionStart ?? text.length;
    const end = textBox?.selectionEnd ?? start;
    setValue(SOURCE, text.slice(0, start) + token + text.slice(end), {
      shouldDirty: true,
      shouldTouch: true,
    });
    // After React has written the new value: the caret goes right after the variable, ready to type on.
    requestAnimationFrame(() => {
      if (!textBox) return;
      textBox.focus();
      textBox.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <Box ref={boxRef} sx={{ width: '100%' }}>
      <ClaimCheckedInput
        source={SOURCE}
        claimField="service_reply"
        validate={quickReplyValidators.body}
        helperText="resources.quick-replies.helpers.body"
        multiline
        minRows={4}
      />
      <VariableChips onInsert={insert} />
    </Box>
  );
};
