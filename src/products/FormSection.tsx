import { useId, type ReactNode } from 'react';
import { Box, Divider, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A titled part of a long form, so people (and screen readers' heading lists) can find their way. */
export const FormSection = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  const headingId = useId();
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      sx={{ width: '100%', mt: 3, '&:first-of-type': { mt: 0 } }}
    >
      <Typography id={headingId} variant="h6" component="h3" sx={{ mb: 0.5 }}>
        {translate(title)}
      </Typography>
      <Divider sx={{ mb: 1.5 }} />
      {children}
    </Box>
  );
};
