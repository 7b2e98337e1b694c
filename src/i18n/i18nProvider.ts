import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from './en';
import { zh } from './zh';

export const locales = [
  { locale: 'en', name: 'English' },
  { locale: 'zh', name: '简体中文' },
] as const;
export type AppLocale = (typeof locales)[number]['locale'];

const isAppLocale = (value: unknown): value is AppLocale => locales.some(({ locale }) => locale === value);

/**
 * The appKey App.tsx gives localStorageStore. react-admin keeps each store key at `RaStore<appKey>.<key>`,
 * JSON-encoded, so the locale the user picked is read from there before react-admin itself starts.
 */
export const STORE_APP_KEY = 'RedConsole';
export const STORED_LOCALE_KEY = `RaStore${STORE_APP_KEY}.locale`;

/** The user's earlier choice in this browser wins; then the browser's language; then English. */
export function resolveInitialLocale(stored: string | null, browserLanguages: readonly string[]): AppLocale {
  try {
    const choice: unknown = stored === null ? null : JSON.parse(stored);
    if (isAppLocale(choice)) return choice;
  } catch {
    // A hand-edited or foreign value: fall back to the browser's language.
  }
  const first = browserLanguages[0]?.toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh' : 'en';
}

const readStoredLocale = (): string | null => {
  try {
    return localStorage.getItem(STORED_LOCALE_KEY);
  } catch {
    return null; // storage disabled (private mode, sandboxed iframe)
  }
};

const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined'
    ? []
    : navigator.languages?.length
      ? navigator.languages
      : [navigator.language];

/** BCP 47 tag for <html lang> and Intl, so screen readers and number formats follow the console's language. */
export const languageTag = (locale: string): string => (locale === 'zh' ? 'zh-CN' : 'en');

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'zh' ? zh : en),
  resolveInitialLocale(readStoredLocale(), browserLanguages()),
  [...locales],
  {
    allowMissing: false,
    // Polyglot's Chinese rule has a single form, but react-admin's `||||` messages differ in content between one
    // record (named) and many (counted), so Chinese uses the English one/many split.
    pluralRules: {
      pluralTypes: { oneOrMany: (count: number) => (count === 1 ? 0 : 1) },
      pluralTypeToLanguages: { oneOrMany: ['en', 'zh'] },
    },
  },
);
