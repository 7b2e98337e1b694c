import type { ReactNode } from 'react';
import { Box, Button as MuiButton, Chip, Stack, Typography } from '@mui/material';
import RejectIcon from '@mui/icons-material/FlagOutlined';
import { useTranslate } from 'react-admin';
import type { FieldRejection, VerificationField } from '../api';
import { fieldLabel, reasonLabel } from './ReviewLabels';
import { useReviewRejections } from './ReviewRejections';

interface ReviewFieldRowProps {
  field: VerificationField;
  /** The value as text, or a document preview. */
  children: ReactNode;
  /** The reasons of the latest rejection, shown on a decided application. */
  decided: readonly FieldRejection[];
}

/**
 * One field or document of the application with its "Reject" affordance and the reasons it has: the
 * moderator's drafts while deciding (click to edit, delete to remove), the sent ones afterwards.
 */
export const ReviewFieldRow = ({ field, children, decided }: ReviewFieldRowProps) => {
  const translate = useTranslate();
  const { active, rejections, openReason, remove } = useReviewRejections();
  const label = fieldLabel(translate, field);
  const labelId = `review-field-${field}`;
  const drafted = rejections.flatMap((rejection, index) =>
    rejection.field === field ? [{ rejection, index }] : [],
  );
  const flagged = active ? drafted.length > 0 : decided.length > 0;
  return (
    <Box
      role="group"
      aria-labelledby={labelId}
      sx={{
        borderLeft: 3,
        borderColor: flagged ? 'error.main' : 'transparent',
        pl: 1.5,
        py: 0.5,
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
        <Typography id={labelId} variant="caption" color="text.secondary" component="h3">
          {label}
        </Typography>
        {active && (
          <MuiButton
            size="small"
            color="error"
            startIcon={<RejectIcon fontSize="small" />}
            aria-label={translate('verificationReview.reject.field', { field: label })}
            onClick={() => openReason({ field })}
          >
            {translate('verificationReview.reject.short')}
          </MuiButton>
        )}
      </Stack>
      <Box sx={{ overflowWrap: 'anywhere' }}>{children}</Box>
      {active && drafted.length > 0 && (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
          {drafted.map(({ rejection, index }) => (
            <Chip
              key={rejection.reason}
              size="small"
              color="error"
              variant="outlined"
              label={reasonLabel(translate, rejection.reason)}
              onClick={() => openReason({ index })}
              onDelete={() => remove(index)}
            />
          ))}
        </Stack>
      )}
      {!active &&
        decided.map((rejection) => (
          <Typography key={rejection.reason} variant="body2" color="error" sx={{ mt: 0.5 }}>
            {reasonLabel(translate, rejection.reason)}
            {rejection.note && ` — ${rejection.note}`}
          </Typography>
        ))}
    </Box>
  );
};
