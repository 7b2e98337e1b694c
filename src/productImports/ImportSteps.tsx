import { Step, StepLabel, Stepper, useMediaQuery, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportStatus } from '../api';

const steps = ['choose', 'check', 'import'] as const;

/** Where the wizard is: choosing a file (no job yet), checking a validated job, or importing it. */
export const stepOf = (status: ImportStatus | null): number =>
  status === null ? 0 : status === 'validated' ? 1 : status === 'completed' ? steps.length : 2;

export const ImportSteps = ({ status }: { status: ImportStatus | null }) => {
  const translate = useTranslate();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const active = stepOf(status);
  return (
    <Stepper activeStep={active} alternativeLabel={isSmall} sx={{ mb: 3 }}>
      {steps.map((step, index) => (
        <Step key={step} completed={index < active}>
          <StepLabel error={index === 2 && (status === 'failed' || status === 'cancelled')}>
            {translate(`product_imports.steps.${step}`)}
          </StepLabel>
        </Step>
      ))}
    </Stepper>
  );
};
