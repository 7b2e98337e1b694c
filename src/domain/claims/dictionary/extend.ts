import type { ClaimCategory, Severity } from '../types';
import type { ClaimDictionary, SpanEntry, TermEntry } from './types';

/** Run-time entries moderators add in the console (the banned-claims dictionary screen). */
export type DictionaryExtension =
  | {
      kind: 'term';
      term: string;
      lang: 'zh' | 'en';
      category: ClaimCategory;
      severity: Severity;
      ruleId?: string;
      enabled: boolean;
    }
  | { kind: 'whitelist'; span: string; enabled: boolean }
  | { kind: 'trademark'; span: string; enabled: boolean };

export const CUSTOM_RULE_ID = 'R-CUSTOM';

/**
 * Pure: returns a new dictionary. An enabled entry adds a term or span; a disabled one removes the built-in
 * term (by canonical name or surface) or span of the same text. The version changes with the extensions.
 */
export function extendDictionary(
  base: ClaimDictionary,
  extensions: readonly DictionaryExtension[],
): ClaimDictionary {
  let terms: TermEntry[] = [...base.terms];
  let whitelist: SpanEntry[] = [...base.whitelist];
  let trademarks: SpanEntry[] = [...base.trademarks];
  for (const extension of extensions) {
    if (extension.kind === 'term') {
      const text = extension.term.trim().toLowerCase();
      if (extension.enabled) terms.push(customTerm(extension, text));
      else terms = removeTerm(terms, text);
    } else {
      const span = extension.span.trim().toLowerCase();
      const list = extension.kind === 'whitelist' ? whitelist : trademarks;
      const kept = list.filter((entry) => entry.span.toLowerCase() !== span);
      const next = extension.enabled ? [...kept, { span }] : kept;
      if (extension.kind === 'whitelist') whitelist = next;
      else trademarks = next;
    }
  }
  return {
    version: `${base.version}+${shortHash(JSON.stringify(extensions))}`,
    terms,
    whitelist,
    trademarks,
    contexts: base.contexts,
  };
}

function customTerm(extension: Extract<DictionaryExtension, { kind: 'term' }>, text: string): TermEntry {
  return {
    term: text,
    ruleId: extension.ruleId ?? CUSTOM_RULE_ID,
    category: extension.category,
    severity: extension.severity,
    lang: extension.lang,
    surfaces: [text],
  };
}

function removeTerm(terms: TermEntry[], text: string): TermEntry[] {
  const result: TermEntry[] = [];
  for (const entry of terms) {
    if (entry.term === text) continue;
    const surfaces = entry.surfaces.filter((surface) => surface !== text);
    if (surfaces.length > 0)
      result.push(surfaces.length === entry.surfaces.length ? entry : { ...entry, surfaces });
  }
  return result;
}

/** FNV-1a, 32 bit: deterministic and short; not for security. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
