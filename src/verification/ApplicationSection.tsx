import type { ReactNode } from 'react';
import CheckIcon from '@mui/icons-material/CheckCircleOutline';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { VerificationApplication, VerificationField } from '../api';
import { missingInSection } from './ApplicationFields';

export interface ApplicationSectionProps {
  id: string;
  step: number;
  fields: readonly VerificationField[];
  children: ReactNode;
}

/**
 * One numbered step of the application with how much of it is still to fill in, counted live from the form,
 * so a brand sees where it stands without submitting.
 */
export const ApplicationSection = ({ id, step, fields, children }: ApplicationSectionProps) => {
  const translate = useTranslate();
  const values = useWatch() as Partial<VerificationApplication>;
  const missing = missingInSection(values, fields);
  const headingId = `application-section-${id}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ width: '100%', pt: 2, pb: 1 }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h6" component="h2" id={headingId}>
          {`${step}. ${translate(`verification.sections.${id}`)}`}
        </Typography>
        {missing === 0 ? (
          <Chip
            size="small"
            color="success"
            variant="outlined"
            icon={<CheckIcon />}
            label={translate('verification.sections.complete')}
          />
        ) : (
          <Chip
            size="small"
            variant="outlined"
            label={translate('verification.sections.missing', { smart_count: missing })}
          />
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(`verification.sections.${id}_hint`)}
      </Typography>
      <Stack spacing={0.5}>{children}</Stack>
    </Box>
  );
};
