import { createTheme, getContrastRatio } from '@mui/material/styles';
import { darkTheme, lightTheme } from './themes';

// WCAG AA for normal-size text.
const AA = 4.5;

describe.each([
  ['light', lightTheme],
  ['dark', darkTheme],
])('the %s theme', (_mode, options) => {
  const { palette } = createTheme(options);

  it('puts readable text on primary buttons and bars', () => {
    expect(getContrastRatio(palette.primary.main, palette.primary.contrastText)).toBeGreaterThanOrEqual(AA);
  });

  it('keeps primary-coloured text readable on the page and on cards', () => {
    expect(getContrastRatio(palette.primary.main, palette.background.default)).toBeGreaterThanOrEqual(AA);
    expect(getContrastRatio(palette.primary.main, palette.background.paper)).toBeGreaterThanOrEqual(AA);
  });

  it('keeps body text readable', () => {
    expect(getContrastRatio(palette.text.primary, palette.background.default)).toBeGreaterThanOrEqual(AA);
    expect(getContrastRatio(palette.text.secondary, palette.background.paper)).toBeGreaterThanOrEqual(AA);
  });
});

it('uses dark mode for the dark theme', () => {
  expect(createTheme(darkTheme).palette.mode).toBe('dark');
});
