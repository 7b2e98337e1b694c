import { useMemo } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
  Form,
  RadioButtonGroupInput,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useTranslate,
  type Validator,
} from 'react-admin';
import type { ModerationItem } from '../api';
import { OTHER_REASON } from './moderationChoices';
import { passageChoices, reasonChoices } from './rejectChoices';
import { useDecide } from './useDecide';

interface RejectValues {
  reasonRuleId: string;
  reasonText: string;
  passageId: string;
}

// "Other" names no rule, so the brand needs the moderator's own words.
const requiredForOther: Validator = (value: unknown, values: Partial<RejectValues>) =>
  values.reasonRuleId === OTHER_REASON && (typeof value !== 'string' || value.trim() === '')
    ? 'ra.validation.required'
    : undefined;
const validateText = [requiredForOther, maxLength(500)];
const validateReason = required();
// The dialog sits in the item's record context: the form holds the decision only, not the item.
const noRecord = {};

export interface RejectDialogProps {
  item: ModerationItem;
  open: boolean;
  onClose: () => void;
}

/** The reason (a rule, or "Other" with an explanation) and the passage it is about, sent with the version seen. */
export const RejectDialog = ({ item, open, onClose }: RejectDialogProps) => {
  const translate = useTranslate();
  const { mutate, isPending } = useDecide(item);
  const reasons = useMemo(() => reasonChoices(item, translate), [item, translate]);
  const passages = useMemo(() => passageChoices(item, translate), [item, translate]);
  const defaultValues: RejectValues = { reasonRuleId: '', reasonText: '', passageId: passages[0]?.id ?? '' };

  const submit = (values: Partial<RejectValues>) => {
    const passage = passages.find((choice) => choice.id === values.passageId)?.passage ?? null;
    mutate(
      {
        outcome: 'reject',
        reasonRuleId: values.reasonRuleId ?? null,
        reasonText: values.reasonText?.trim() ?? '',
        passage,
      },
      { onSettled: onClose },
    );
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="reject-dialog-title">
      <Form<RejectValues> record={noRecord} defaultValues={defaultValues} onSubmit={submit}>
        <DialogTitle id="reject-dialog-title">
          {translate('moderation.decide.reject_title', { title: item.subjectTitle })}
        </DialogTitle>
        <DialogContent>
          <SelectInput
            source="reasonRuleId"
            label="moderation.decide.reason"
            choices={reasons}
            translateChoice={false}
            validate={validateReason}
          />
          <TextInput
            source="reasonText"
            label="moderation.decide.text"
            helperText="moderation.decide.text_hint"
            validate={validateText}
            multiline
            minRows={2}
          />
          {passages.length > 0 && (
            <RadioButtonGroupInput
              source="passageId"
              label="moderation.decide.passage"
              choices={passages}
              translateChoice={false}
              row={false}
            />
          )}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose} disabled={isPending}>
            {translate('moderation.decide.cancel')}
          </MuiButton>
          <MuiButton type="submit" variant="contained" color="error" disabled={isPending}>
            {translate('moderation.decide.reject')}
          </MuiButton>
        </DialogActions>
      </Form>
    </Dialog>
  );
};
