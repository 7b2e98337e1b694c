import { useState, type ReactNode } from 'react';
import { InputAdornment, TextField, type SxProps, type Theme } from '@mui/material';
import { FieldTitle, InputHelperText, useInput, type InputProps, type Validator } from 'react-admin';
import { fenToYuan, parseYuan } from '../domain/yuan';

/**
 * The form value stays integer fen (what the platform stores); the box shows and takes yuan.
 * Text that is not a valid amount is kept in the form as the raw string so the validator can say why,
 * instead of silently rounding "12.345" or dropping what was typed.
 */
export const moneyTextValidator: Validator = (value) => {
  if (typeof value !== 'string') return undefined;
  const parsed = parseYuan(value);
  return parsed.ok ? undefined : `components.money.${parsed.reason}`;
};

const keepAsIs = (value: unknown) => value;

const asText = (value: unknown): string =>
  typeof value === 'number' ? fenToYuan(value) : typeof value === 'string' ? value : '';

export interface MoneyInputProps extends Omit<InputProps, 'format' | 'parse'> {
  helperText?: ReactNode;
  fullWidth?: boolean;
  className?: string;
  sx?: SxProps<Theme>;
}

export const MoneyInput = (props: MoneyInputProps) => {
  const { label, helperText, fullWidth, sx, className, validate, ...inputProps } = props;
  const validators = [
    moneyTextValidator,
    ...(Array.isArray(validate) ? validate : validate ? [validate] : []),
  ];
  const { id, field, fieldState, isRequired } = useInput({
    ...inputProps,
    validate: validators,
    format: keepAsIs,
    parse: keepAsIs,
  });
  // What the person typed is shown as long as it still means the stored value, so "12." or "12.50"
  // are not reformatted under the caret; a reset or a restored draft shows the stored value instead.
  const [typed, setTyped] = useState<{ text: string; value: unknown } | null>(null);
  const text = typed && Object.is(typed.value, field.value) ? typed.text : asText(field.value);

  const handleChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    const parsed = parseYuan(next);
    const value = parsed.ok ? parsed.fen : next;
    setTyped({ text: next, value });
    field.onChange(value);
  };

  return (
    <TextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      value={text}
      onChange={handleChange}
      onBlur={field.onBlur}
      disabled={field.disabled}
      className={className}
      sx={sx}
      fullWidth={fullWidth}
      size="small"
      margin="dense"
      label={
        <FieldTitle label={label} source={props.source} resource={props.resource} isRequired={isRequired} />
      }
      error={fieldState.invalid}
      helperText={<InputHelperText error={fieldState.error?.message} helperText={helperText} />}
      slotProps={{
        input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> },
        htmlInput: { inputMode: 'decimal' },
      }}
    />
  );
};
