import { alpha, type Theme } from '@mui/material/styles';
import type { Severity } from '../../domain/claims';

/**
 * Block and warn differ in underline style (wavy vs dashed) as well as hue, so they stay apart without colour.
 * Only paint is used, never padding or weight, because the same marks sit under the input in its mirror layer
 * and must not move a single glyph. The translucent background keeps the text readable in both modes.
 */
export const markStyle = (theme: Theme, severity: Severity) => {
  const hue = severity === 'block' ? theme.palette.error.main : theme.palette.warning.main;
  return {
    color: 'inherit',
    backgroundColor: alpha(hue, theme.palette.mode === 'dark' ? 0.28 : 0.16),
    textDecorationLine: 'underline',
    textDecorationStyle: severity === 'block' ? 'wavy' : 'dashed',
    textDecorationColor: hue,
    textDecorationThickness: severity === 'block' ? '1.5px' : '2px',
    textUnderlineOffset: '3px',
    textDecorationSkipInk: 'none',
    borderRadius: '2px',
  } as const;
};

export const passageStyle = (theme: Theme) =>
  ({
    outline: `2px solid ${theme.palette.text.primary}`,
    outlineOffset: '1px',
    borderRadius: '2px',
  }) as const;
