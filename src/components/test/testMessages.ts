import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { commonMessages } from '../../i18n/en/common';
import { componentsMessages } from '../../i18n/en/components';
import { productsMessages } from '../../i18n/en/products';
import { teamMessages } from '../../i18n/en/team';
import { brandsMessages } from '../../i18n/en/brands';

/** The English catalogue as the app merges it, so tests read the same texts a person sees. */
export const testMessages: TranslationMessages = mergeTranslations(
  englishMessages,
  commonMessages,
  componentsMessages,
  productsMessages,
  teamMessages,
  brandsMessages,
);
