import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/** RED's brand red. White text on it reaches only 3.8:1, so it is kept for marks and large shapes, not text. */
export const brandRed = '#ff2442';

/**
 * Light mode: a deeper shade of the brand red carries text and buttons (5.3:1 with white, 5.1:1 on the page).
 * Dark mode: a lighter tint with dark text, as Material does for dark palettes (4.7:1 or better on every surface).
 * themes.test.ts holds these numbers.
 */
export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    mode: 'light',
    primary: { main: '#d9002b', light: brandRed, dark: '#a8001f', contrastText: '#fff' },
    secondary: { main: '#2b2b2b', contrastText: '#fff' },
  },
  components: { ...defaultLightTheme.components, RaAppBar: { defaultProps: { color: 'primary' } } },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  palette: {
    ...defaultDarkTheme.palette,
    mode: 'dark',
    primary: { main: '#ff6b80', light: '#ff9aa8', dark: brandRed, contrastText: 'rgba(0, 0, 0, 0.87)' },
    secondary: { main: '#e0e0e0', contrastText: 'rgba(0, 0, 0, 0.87)' },
    background: { default: '#121212', paper: '#1e1e1e' },
  },
  components: { ...defaultDarkTheme.components, RaAppBar: { defaultProps: { color: 'primary' } } },
};
