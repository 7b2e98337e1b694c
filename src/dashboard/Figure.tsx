import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';

/** One labelled figure, as a term and its value inside a <FigureList> (a description list). */
export const Figure = ({ label, value, hint }: { label: string; value: ReactNode; hint?: ReactNode }) => (
  <Box sx={{ minWidth: 0 }}>
    <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
      {label}
    </Typography>
    <Typography component="dd" variant="h5" sx={{ m: 0, fontWeight: 600, overflowWrap: 'anywhere' }}>
      {value}
    </Typography>
    {hint ? (
      <Typography component="dd" variant="caption" sx={{ m: 0, color: 'text.secondary' }}>
        {hint}
      </Typography>
    ) : null}
  </Box>
);

export const FigureList = ({ children }: { children: ReactNode }) => (
  <Box
    component="dl"
    sx={{ m: 0, display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(8.5rem, 1fr))' }}
  >
    {children}
  </Box>
);

/** A titled card of the dashboard; the title is a heading so screen-reader users can jump between sections. */
export const Section = ({ title, id, children }: { title: string; id: string; children: ReactNode }) => (
  <Card component="section" aria-labelledby={id}>
    <CardContent>
      <Typography id={id} variant="h2" sx={{ fontSize: '1.125rem', fontWeight: 600, mb: 2 }}>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);
