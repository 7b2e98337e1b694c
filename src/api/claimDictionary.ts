import {
  defaultDictionary,
  extendDictionary,
  type ClaimDictionary,
  type DictionaryExtension,
} from '../domain/claims';
import type { DictionaryEntry } from './schemas/claims';

/** Moderators' entries as the engine's extensions; the console and the platform both build the dictionary so. */
export function toDictionaryExtensions(entries: readonly DictionaryEntry[]): DictionaryExtension[] {
  return entries.map((entry) =>
    entry.kind === 'term'
      ? {
          kind: 'term',
          term: entry.text,
          lang: entry.lang,
          category: entry.category,
          severity: entry.severity,
          enabled: entry.enabled,
        }
      : { kind: entry.kind, span: entry.text, enabled: entry.enabled },
  );
}

/** The dictionary in force: the built-in one plus the moderators' entries, oldest first. */
export function activeDictionary(entries: readonly DictionaryEntry[]): ClaimDictionary {
  if (entries.length === 0) return defaultDictionary;
  const ordered = [...entries].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  return extendDictionary(defaultDictionary, toDictionaryExtensions(ordered));
}
