import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Finding } from '../../domain/claims';
import { markStyle, passageStyle } from './markStyles';
import { segmentsOf, severityOf } from './segments';

export interface HighlightedTextProps {
  text: string;
  findings: readonly Finding[];
  /** A stretch to outline, e.g. the passage a moderator is reviewing or the finding in focus. */
  passage?: { start: number; end: number } | null;
  /** Keeps line breaks and wraps long words, as a textarea does. */
  multiline?: boolean;
}

/**
 * The text with each finding marked by severity. Everything is rendered as React text nodes: copy typed by
 * brands is never HTML, so "<b>" stays the four characters "<b>".
 */
export function HighlightedText({ text, findings, passage, multiline }: HighlightedTextProps) {
  const translate = useTranslate();
  const runs = (from: number, to: number) =>
    segmentsOf(text.length, findings, from, to).map((segment) => {
      const piece = text.slice(segment.start, segment.end);
      if (segment.findings.length === 0) return <span key={segment.start}>{piece}</span>;
      const severity = severityOf(segment.findings);
      const title = segment.findings
        .map((f) => `${translate(`claims.severity.${f.severity}`)}: ${translate(f.messageKey)}`)
        .join('\n');
      return (
        <Box
          component="mark"
          key={segment.start}
          title={title}
          data-severity={severity}
          data-start={segment.start}
          data-end={segment.end}
          sx={(theme) => markStyle(theme, severity)}
        >
          {piece}
        </Box>
      );
    });

  const from = passage ? Math.max(0, Math.min(passage.start, text.length)) : 0;
  const to = passage ? Math.max(from, Math.min(passage.end, text.length)) : 0;
  return (
    <Box
      component="span"
      data-testid="highlighted-text"
      sx={multiline ? { whiteSpace: 'pre-wrap', overflowWrap: 'break-word' } : undefined}
    >
      {passage && to > from ? (
        <>
          {runs(0, from)}
          <Box component="span" data-passage="" sx={passageStyle}>
            {runs(from, to)}
          </Box>
          {runs(to, text.length)}
        </>
      ) : (
        runs(0, text.length)
      )}
    </Box>
  );
}
