import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { commonMessages } from './common';
import { productsMessages } from './products';
import { teamMessages } from './team';
import { brandsMessages } from './brands';
import { componentsMessages } from './components';
import { claimInputMessages } from './claimInput';
import { moderationMessages } from './moderation';
import { claimMessagesEn } from '../../domain/claims/messages';

export const en: TranslationMessages = mergeTranslations(
  englishMessages,
  commonMessages,
  productsMessages,
  teamMessages,
  brandsMessages,
  componentsMessages,
  claimInputMessages,
  moderationMessages,
  claimMessagesEn,
);
