import type { TranslateFunction } from 'react-admin';
import type { FileRef, VerificationField, VerificationReason } from '../api';
import { languageTag } from '../i18n';

const RESOURCE = 'resources.verification-applications';

/** A field's name as the brand's application form calls it, so both sides talk about the same thing. */
export const fieldLabel = (translate: TranslateFunction, field: VerificationField) =>
  translate(`${RESOURCE}.fields.${field}`, { _: field });

export const reasonLabel = (translate: TranslateFunction, reason: VerificationReason) =>
  translate(`${RESOURCE}.reasons.${reason}`, { _: reason });

export const statusLabel = (translate: TranslateFunction, status: string) =>
  translate(`${RESOURCE}.statuses.${status}`, { _: status });

/** Dates as the reader's locale writes them. */
export const formatDate = (iso: string, locale: string) => new Date(iso).toLocaleString(languageTag(locale));

/** The platform stores ISO 3166-1 alpha-2 codes; the browser knows their names in every locale. */
export function countryName(code: string, locale: string): string {
  if (code === '') return '';
  try {
    return new Intl.DisplayNames([languageTag(locale)], { type: 'region' }).of(code) ?? code;
  } catch {
    // An unknown code is shown as it is rather than hiding the company's country.
    return code;
  }
}

/**
 * Where a document may be shown or fetched from. The url comes from the platform, but a link or image
 * built from a `javascript:` url would run it, so anything but these schemes is not shown at all.
 */
export function safeFileUrl(file: FileRef): string | null {
  return /^(https?:|data:|blob:|\/)/i.test(file.url) ? file.url : null;
}

export const isImage = (file: FileRef) => file.contentType.startsWith('image/');
export const isPdf = (file: FileRef) => file.contentType === 'application/pdf';
