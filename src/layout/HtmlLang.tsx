import { useEffect } from 'react';
import { useLocaleState } from 'react-admin';
import { languageTag } from '../i18n';

/** Keeps <html lang> on the console's language, so screen readers pronounce it and the browser hyphenates it. */
export const HtmlLang = () => {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = languageTag(locale);
  }, [locale]);
  return null;
};
