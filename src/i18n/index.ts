export { i18nProvider, locales, languageTag, STORE_APP_KEY, type AppLocale } from './i18nProvider';
