import { useId } from 'react';
import { Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { TEMPLATE_VARIABLES, type TemplateVariableName } from '../domain/service';

export interface VariableChipsProps {
  onInsert: (token: string) => void;
  disabled?: boolean;
}

/** One button per template variable; each puts `{name}` where the cursor was in the reply text. */
export const VariableChips = ({ onInsert, disabled }: VariableChipsProps) => {
  const translate = useTranslate();
  const labelId = useId();
  const nameOf = (variable: TemplateVariableName) =>
    translate(`resources.quick-replies.variables.${variable}`);
  return (
    <Stack spacing={0.5} sx={{ mt: 1 }}>
      <Typography id={labelId} variant="caption" color="text.secondary">
        {translate('resources.quick-replies.variables.label')}
      </Typography>
      <Stack role="group" aria-labelledby={labelId} direction="row" useFlexGap flexWrap="wrap" spacing={1}>
        {TEMPLATE_VARIABLES.map((variable) => (
          <Chip
            key={variable}
            // A chip whose content is a button: Enter and Space insert, as with any button.
            component="button"
            type="button"
            clickable
            disabled={disabled}
            variant="outlined"
            size="small"
            label={`${nameOf(variable)} {${variable}}`}
            aria-label={translate('resources.quick-replies.variables.insert', {
              variable: `{${variable}}`,
            })}
            // Keep the caret where it is: a mouse press would otherwise move focus off the text box.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onInsert(`{${variable}}`)}
          />
        ))}
      </Stack>
    </Stack>
  );
};
