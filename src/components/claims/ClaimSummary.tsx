import { useEffect, useRef, useState } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate, type TranslateFunction } from 'react-admin';
import type { Finding } from '../../domain/claims';

/** How long the findings must stay the same before they are announced, so a screen reader is not told every keystroke. */
export const ANNOUNCE_DELAY_MS = 500;

// Read by screen readers, never seen; the visible summary line already says the same.
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  margin: '-1px',
  border: 0,
  padding: 0,
} as const;

export function summaryOf(translate: TranslateFunction, findings: readonly Finding[]): string {
  const blocks = findings.filter((f) => f.severity === 'block').length;
  const warns = findings.length - blocks;
  const parts = [
    blocks > 0 ? translate('claimInput.summary.block', { smart_count: blocks }) : null,
    warns > 0 ? translate('claimInput.summary.warn', { smart_count: warns }) : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0
    ? parts.join(translate('claimInput.summary.separator'))
    : translate('claimInput.summary.none');
}

export interface ClaimSummaryProps {
  /** The id the text box's aria-describedby points at. */
  id: string;
  findings: readonly Finding[];
  /** Nothing to say about an empty box. */
  empty: boolean;
}

/** The one-line summary under the field, the warn note, and a polite live region for changes in the count. */
export function ClaimSummary({ id, findings, empty }: ClaimSummaryProps) {
  const translate = useTranslate();
  const summary = summaryOf(translate, findings);
  const hasWarn = findings.some((f) => f.severity === 'warn');
  const blocked = findings.some((f) => f.severity === 'block');
  const announcement = useSettledAnnouncement(summary);

  return (
    <>
      <Box id={id} sx={{ px: 1.5, mt: 0.5 }}>
        <Typography variant="body2" component="p" color={blocked ? 'error' : 'text.secondary'}>
          {empty ? null : summary}
        </Typography>
        {hasWarn ? (
          <Typography variant="body2" component="p" color="text.secondary">
            {translate('claimInput.warn_note')}
          </Typography>
        ) : null}
      </Box>
      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {announcement}
      </Box>
    </>
  );
}

/** The summary once it has stayed put for ANNOUNCE_DELAY_MS; what the field opened with is not announced. */
function useSettledAnnouncement(summary: string): string {
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef(summary);
  useEffect(() => {
    if (summary === announced.current) return undefined;
    const timer = window.setTimeout(() => {
      announced.current = summary;
      setAnnouncement(summary);
    }, ANNOUNCE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [summary]);
  return announcement;
}
