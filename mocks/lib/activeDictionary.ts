import type { DictionaryEntry } from '../../src/api';
import { activeDictionary as buildDictionary } from '../../src/api/claimDictionary';
import type { ClaimDictionary } from '../../src/domain/claims';
import { db } from '../db/store';

// Building the dictionary is cheap, compiling its automata is not: the engine caches those per
// dictionary object, so the same object must come back for as long as the entries stay the same.
let cached: { key: string; dictionary: ClaimDictionary } | undefined;

/** The dictionary products are checked with: the built-in one plus the moderators' entries. */
export function activeDictionary(): ClaimDictionary {
  const entries: readonly DictionaryEntry[] = db.dictionaryEntries.all();
  // The entries themselves are the key, so a reset or a restored snapshot is noticed too.
  const key = JSON.stringify(entries);
  if (cached?.key !== key) cached = { key, dictionary: buildDictionary(entries) };
  return cached.dictionary;
}
