import { useId, type ReactNode } from 'react';
import { Paper, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A titled part of an order or after-sales page, a region screen-reader users can jump to. */
export const DetailSection = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  const headingId = useId();
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, sm: 3 }, minWidth: 0 }}
    >
      <Typography id={headingId} variant="h6" component="h2">
        {translate(title)}
      </Typography>
      <Stack spacing={1} sx={{ mt: 2, minWidth: 0 }}>
        {children}
      </Stack>
    </Paper>
  );
};
