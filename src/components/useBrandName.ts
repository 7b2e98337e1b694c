import { useGetIdentity, useLocaleState } from 'react-admin';

/**
 * The signed-in user's brand as the user reads the console: its official Chinese name in Chinese, its
 * English name otherwise (overseas brands' teams know "Kiwi Vital", not 奇异活力). null for platform staff.
 */
export function useBrandName(): string | null {
  const { identity } = useGetIdentity();
  const [locale] = useLocaleState();
  const zh = typeof identity?.brandName === 'string' ? identity.brandName : null;
  const en = typeof identity?.brandNameEn === 'string' ? identity.brandNameEn : null;
  return locale === 'zh' ? (zh ?? en) : (en ?? zh);
}
