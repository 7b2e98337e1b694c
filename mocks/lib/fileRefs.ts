import type { FilePurpose, FileRef } from '../../src/api';
import { db } from '../db/store';
import { validationFailed } from './problem';

export type FileRefCheck = { ref: FileRef } | { error: string };

/**
 * A record may refer only to a file its own brand uploaded, for the purpose of the field (a document
 * is no logo: the upload rules differ). The reference is rebuilt from the stored file, so the name and
 * url a record carries are always the platform's, whatever the client sent with the id.
 */
export function checkFileRef(brandId: string, ref: FileRef, purpose: FilePurpose): FileRefCheck {
  const file = db.files.find(ref.id);
  if (!file || file.brandId !== brandId) return { error: 'files.errors.unknown_file' };
  if (file.purpose !== purpose) return { error: 'files.errors.wrong_purpose' };
  return { ref: { id: file.id, name: file.name, contentType: file.contentType, url: file.url } };
}

/**
 * Checks the file references among a PATCH's changes (fields not sent and nulls pass) and answers the
 * changes with the references rebuilt; 422 with `errors` on every field that refers to a foreign,
 * unknown or unfitting file.
 */
export function resolveFileRefs<T extends object>(
  brandId: string,
  changes: T,
  purposes: Partial<Record<keyof T & string, FilePurpose>>,
): T {
  const errors: Record<string, string> = {};
  const resolved: Record<string, unknown> = {};
  for (const [field, purpose] of Object.entries<FilePurpose | undefined>(purposes)) {
    const value: unknown = Reflect.get(changes, field);
    if (value === null || value === undefined || !purpose) continue;
    // The update schemas parsed these fields with fileRefSchema before they got here.
    const check = checkFileRef(brandId, value as FileRef, purpose);
    if ('error' in check) errors[field] = check.error;
    else resolved[field] = check.ref;
  }
  if (Object.keys(errors).length > 0) throw validationFailed(errors);
  return { ...changes, ...resolved };
}
