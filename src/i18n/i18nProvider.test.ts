import { localStorageStore } from 'react-admin';
import {
  STORED_LOCALE_KEY,
  STORE_APP_KEY,
  i18nProvider,
  languageTag,
  resolveInitialLocale,
} from './i18nProvider';

describe('resolveInitialLocale', () => {
  it('keeps the language the user picked before in this browser', () => {
    expect(resolveInitialLocale('"zh"', ['en-GB'])).toBe('zh');
    expect(resolveInitialLocale('"en"', ['zh-CN'])).toBe('en');
  });

  it("follows the browser's language when nothing was picked", () => {
    expect(resolveInitialLocale(null, ['zh-TW', 'en'])).toBe('zh');
    expect(resolveInitialLocale(null, ['ZH'])).toBe('zh');
    expect(resolveInitialLocale(null, ['fr-FR', 'zh-CN'])).toBe('en');
  });

  it('falls back to English for an unknown or broken stored value', () => {
    expect(resolveInitialLocale('"de"', [])).toBe('en');
    expect(resolveInitialLocale('{not json', ['zh-CN'])).toBe('zh');
  });
});

describe('i18nProvider', () => {
  afterEach(() => i18nProvider.changeLocale('en'));

  it('offers English and Chinese', () => {
    expect(i18nProvider.getLocales?.()).toEqual([
      { locale: 'en', name: 'English' },
      { locale: 'zh', name: '简体中文' },
    ]);
  });

  it('names one record and counts many, in Chinese too', async () => {
    await i18nProvider.changeLocale('zh');
    expect(i18nProvider.translate('ra.action.bulk_actions', { smart_count: 1 })).toBe('已选择 1 项');
    expect(i18nProvider.translate('ra.action.bulk_actions', { smart_count: 3 })).toBe('已选择 3 项');
    expect(i18nProvider.translate('ra.notification.updated', { smart_count: 1 })).toBe('已更新');
    expect(i18nProvider.translate('ra.notification.updated', { smart_count: 2 })).toBe('已更新 2 项');
  });

  it('translates our own keys', async () => {
    expect(i18nProvider.translate('errors.conflict')).toBe(
      'Someone else changed this record since you opened it.',
    );
    await i18nProvider.changeLocale('zh');
    expect(i18nProvider.translate('roles.brand_admin')).toBe('品牌管理员');
  });

  it('tags Chinese as zh-CN for the document and Intl', () => {
    expect(languageTag('zh')).toBe('zh-CN');
    expect(languageTag('en')).toBe('en');
  });
});

describe('the stored locale', () => {
  afterEach(() => localStorage.clear());

  it('is read from where the console store writes it', () => {
    const store = localStorageStore(undefined, STORE_APP_KEY);
    store.setup();
    store.setItem('locale', 'zh');
    expect(resolveInitialLocale(localStorage.getItem(STORED_LOCALE_KEY), ['en'])).toBe('zh');
    store.teardown();
  });
});
