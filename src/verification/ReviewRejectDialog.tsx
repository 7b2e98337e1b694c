import { useMemo } from 'react';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import {
  Form,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { verificationFields, verificationReasonSchema, type VerificationApplication } from '../api';
import { fieldLabel, reasonLabel } from './ReviewLabels';
import { reviewableFields } from './ReviewLayout';
import type { DraftRejection } from './ReviewRejections';

/** The form's values: empty strings until chosen. */
interface ReasonValues {
  field: string;
  reason: string;
  note: string;
}

// "Other" names no known problem, so the brand needs the moderator's own words.
const requiredForOther: Validator = (value: unknown, values: Partial<ReasonValues>) =>
  values.reason === 'other' && (typeof value !== 'string' || value.trim() === '')
    ? 'ra.validation.required'
    : undefined;
const validateNote = [requiredForOther, maxLength(300)];
const validateChoice = required();
// The dialog sits in the application's record context: its form holds one reason, not the application.
const noRecord = {};

export interface ReviewRejectDialogProps {
  initial: Partial<DraftRejection>;
  /** Editing a drafted reason rather than adding one. */
  editing: boolean;
  onSave: (rejection: DraftRejection) => void;
  onClose: () => void;
}

/** One reason: the field or document it is about, what is wrong with it, and a note for the brand. */
export const ReviewRejectDialog = ({ initial, editing, onSave, onClose }: ReviewRejectDialogProps) => {
  const translate = useTranslate();
  const application = useRecordContext<VerificationApplication>();
  const fullScreen = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const fieldChoices = useMemo(
    () =>
      (application ? reviewableFields(application) : []).map((field) => ({
        id: field,
        name: fieldLabel(translate, field),
      })),
    [application, translate],
  );
  const reasonChoices = useMemo(
    () => verificationReasonSchema.options.map((id) => ({ id, name: reasonLabel(translate, id) })),
    [translate],
  );
  const defaultValues: ReasonValues = {
    field: initial.field ?? '',
    reason: initial.reason ?? '',
    note: initial.note ?? '',
  };

  const submit = (values: Partial<ReasonValues>) => {
    const field = verificationFields.find((candidate) => candidate === values.field);
    const reason = verificationReasonSchema.safeParse(values.reason);
    if (!field || !reason.success) return;
    onSave({ field, reason: reason.data, note: values.note?.trim() ?? '' });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      fullScreen={fullScreen}
      maxWidth="sm"
      aria-labelledby="review-reason-title"
      aria-describedby="review-reason-hint"
    >
      <Form<ReasonValues> record={noRecord} defaultValues={defaultValues} onSubmit={submit}>
        <DialogTitle id="review-reason-title">
          {translate('verificationReview.reject.dialog_title')}
        </DialogTitle>
        <DialogContent>
          <DialogContentText id="review-reason-hint" variant="body2" sx={{ mb: 1 }}>
            {translate('verificationReview.reject.dialog_hint')}
          </DialogContentText>
          <SelectInput
            source="field"
            label="verificationReview.reject.field_label"
            choices={fieldChoices}
            translateChoice={false}
            validate={validateChoice}
          />
          <SelectInput
            source="reason"
            label="verificationReview.reject.reason"
            choices={reasonChoices}
            translateChoice={false}
            validate={validateChoice}
          />
          <TextInput
            source="note"
            label="verificationReview.reject.note"
            helperText="verificationReview.reject.note_hint"
            validate={validateNote}
            multiline
            minRows={2}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>{translate('verificationReview.reject.cancel')}</MuiButton>
          <MuiButton type="submit" variant="contained" color="error">
            {translate(editing ? 'verificationReview.reject.save' : 'verificationReview.reject.add')}
          </MuiButton>
        </DialogActions>
      </Form>
    </Dialog>
  );
};
