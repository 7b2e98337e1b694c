import { useId, type ReactNode } from 'react';
import { Box, Paper, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface StoreSectionProps {
  /** Message keys of the heading and the line under it. */
  title: string;
  description?: string;
  children: ReactNode;
}

/** A titled part of the store form or page, announced as a region so screen-reader users can jump to it. */
export const StoreSection = ({ title, description, children }: StoreSectionProps) => {
  const translate = useTranslate();
  const headingId = useId();
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, sm: 3 }, width: '100%', minWidth: 0 }}
    >
      <Typography id={headingId} variant="h6" component="h2">
        {translate(title)}
      </Typography>
      {description && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {translate(description)}
        </Typography>
      )}
      <Stack sx={{ mt: 2, width: '100%' }}>{children}</Stack>
    </Paper>
  );
};

/**
 * Marks where a field of the store lives, so the checklist can take the user to it whatever the input is
 * (a text box, a select, an upload).
 */
export const StoreFieldAnchor = ({ field, children }: { field: string; children: ReactNode }) => (
  <Box data-store-field={field} sx={{ width: '100%', minWidth: 0 }}>
    {children}
  </Box>
);

const focusable =
  'input:not([type="hidden"]):not([aria-hidden="true"]):not([tabindex="-1"]), textarea, [role="combobox"], button';

/** Moves the keyboard focus to a field of the store form (focusing also scrolls it into view). */
export function focusStoreField(field: string): boolean {
  const anchor = document.querySelector(`[data-store-field="${field}"]`);
  const target = anchor?.querySelector<HTMLElement>(focusable);
  if (!target) return false;
  target.focus();
  return true;
}
