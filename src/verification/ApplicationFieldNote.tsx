import type { ReactNode } from 'react';
import { Box } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { VerificationApplication } from '../api';
import { rejectionsOf } from './ApplicationFields';

/**
 * The helper text of a field of the application: the moderators' reasons when they rejected this field
 * (their note as plain text), then the usual hint. `rejected` tells the field to stand out.
 */
export function useApplicationFieldNote(
  field: string,
  hint?: string,
): { rejected: boolean; note: ReactNode } {
  const application = useRecordContext<VerificationApplication>();
  const translate = useTranslate();
  const rejections = rejectionsOf(application, field);
  const hintText = hint ?? translate(`verification.helpers.${field}`);
  if (rejections.length === 0) return { rejected: false, note: hintText };
  return {
    rejected: true,
    note: (
      <>
        {rejections.map((rejection, index) => (
          <Box component="span" key={index} sx={{ display: 'block', color: 'error.main', fontWeight: 500 }}>
            {translate('verification.rejection.on_field', {
              reason: translate(`resources.verification-applications.reasons.${rejection.reason}`),
            })}
            {rejection.note && (
              <Box component="span" sx={{ display: 'block', fontWeight: 400, color: 'text.primary' }}>
                {translate('verification.rejection.note', { note: rejection.note })}
              </Box>
            )}
          </Box>
        ))}
        <Box component="span" sx={{ display: 'block' }}>
          {hintText}
        </Box>
      </>
    ),
  };
}

/** A rejected field stands out with a bar in the error colour, which keeps its contrast in the dark theme. */
export const RejectionHighlight = ({ rejected, children }: { rejected: boolean; children: ReactNode }) => (
  <Box
    data-rejected={rejected || undefined}
    sx={{
      width: '100%',
      pl: rejected ? 1.5 : 0,
      borderLeft: rejected ? 3 : 0,
      borderColor: 'error.main',
    }}
  >
    {children}
  </Box>
);
