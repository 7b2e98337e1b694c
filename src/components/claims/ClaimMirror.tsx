import { useLayoutEffect, useRef, type RefObject } from 'react';
import { Box } from '@mui/material';
import type { Finding } from '../../domain/claims';
import { HighlightedText } from './HighlightedText';

type TextBox = HTMLInputElement | HTMLTextAreaElement;

// Everything that decides where a glyph lands; copied from the live element so variant, size and theme changes
// can never make the marks drift from the words.
const metrics = [
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontStretch',
  'fontVariant',
  'fontFeatureSettings',
  'letterSpacing',
  'lineHeight',
  'textIndent',
  'textTransform',
  'wordSpacing',
  'textAlign',
  'direction',
  'tabSize',
] as const;

function syncMirror(input: TextBox, mirror: HTMLElement) {
  const computed = window.getComputedStyle(input);
  for (const property of metrics) mirror.style[property] = computed[property];
  mirror.style.top = `${input.offsetTop}px`;
  mirror.style.left = `${input.offsetLeft}px`;
  // clientWidth leaves out a textarea's scrollbar, so lines wrap at the same width as in the textarea.
  mirror.style.width = `${input.clientWidth}px`;
  mirror.style.height = `${input.clientHeight}px`;
  mirror.scrollTop = input.scrollTop;
  mirror.scrollLeft = input.scrollLeft;
}

export interface ClaimMirrorProps {
  inputRef: RefObject<TextBox | null>;
  text: string;
  findings: readonly Finding[];
  passage?: { start: number; end: number } | null;
  multiline?: boolean;
}

/**
 * The marks drawn behind the text box: the same text in the same metrics, transparent, with only the marks'
 * underlines and backgrounds visible through the box's transparent background. Hidden from assistive
 * technology, which gets the summary and the list instead.
 */
export function ClaimMirror({ inputRef, text, findings, passage, multiline }: ClaimMirrorProps) {
  const mirrorRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const input = inputRef.current;
    const mirror = mirrorRef.current;
    if (!input || !mirror) return;
    const sync = () => syncMirror(input, mirror);
    // The caret moving or the autosizing textarea growing scrolls or resizes the box without a render.
    input.addEventListener('scroll', sync);
    input.addEventListener('select', sync);
    input.addEventListener('keyup', sync);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(sync);
    observer?.observe(input);
    return () => {
      input.removeEventListener('scroll', sync);
      input.removeEventListener('select', sync);
      input.removeEventListener('keyup', sync);
      observer?.disconnect();
    };
  }, [inputRef]);

  useLayoutEffect(() => {
    if (inputRef.current && mirrorRef.current) syncMirror(inputRef.current, mirrorRef.current);
  });

  return (
    <Box
      ref={mirrorRef}
      aria-hidden
      data-testid="claim-mirror"
      sx={{
        position: 'absolute',
        zIndex: 0,
        boxSizing: 'border-box',
        overflow: 'hidden',
        pointerEvents: 'none',
        userSelect: 'none',
        color: 'transparent',
        whiteSpace: multiline ? 'pre-wrap' : 'pre',
        overflowWrap: multiline ? 'break-word' : 'normal',
        margin: 0,
        border: 0,
      }}
    >
      <HighlightedText text={text} findings={findings} passage={passage} multiline={multiline} />
    </Box>
  );
}
