import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { commonMessages } from './common';
import { productsMessages } from './products';
import { teamMessages } from './team';
import { brandsMessages } from './brands';
import { componentsMessages } from './components';
import { claimInputMessages } from './claimInput';
import { moderationMessages } from './moderation';
import { verificationMessages } from './verification';
import { verificationReviewMessages } from './verificationReview';
import { storesMessages } from './stores';
import { productCatalogueMessages } from './productCatalogue';
import { productListMessages } from './productList';
import { productImportsMessages } from './productImports';
import { uploadsMessages } from './uploads';
import { brandProfileMessages } from './brandProfile';
import { serviceInboxMessages } from './serviceInbox';
import { serviceThreadMessages } from './serviceThread';
import { serviceLiveMessages } from './serviceLive';
import { ordersAreaMessages } from './ordersArea';
import { serviceAdminMessages } from './serviceAdmin';
import { servicePlatformMessages } from './servicePlatform';
import { ordersPlatformMessages } from './ordersPlatform';
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
  verificationMessages,
  verificationReviewMessages,
  storesMessages,
  productCatalogueMessages,
  productListMessages,
  productImportsMessages,
  uploadsMessages,
  brandProfileMessages,
  serviceInboxMessages,
  serviceThreadMessages,
  serviceLiveMessages,
  ordersAreaMessages,
  serviceAdminMessages,
  servicePlatformMessages,
  ordersPlatformMessages,
  claimMessagesEn,
);
