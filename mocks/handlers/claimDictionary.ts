import { http } from 'msw';
import {
  dictionaryEntryCreateSchema,
  dictionaryEntrySchema,
  dictionaryEntryUpdateSchema,
  type DictionaryEntry,
} from '../../src/api';
import { db } from '../db/store';
import { activeDictionary } from '../lib/activeDictionary';
import { appendAudit } from '../lib/audit';
import { dictionaryAudit } from '../lib/auditEntries';
import { parseBody } from '../lib/body';
import { nextSequentialId } from '../lib/ids';
import { listRecords, type ListOptions } from '../lib/listQuery';
import { conflict, notFound, validationFailed } from '../lib/problem';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';

const listOptions: ListOptions<DictionaryEntry> = {
  fields: dictionaryEntrySchema.keyof().options,
  searchFields: ['text', 'note'],
};

const findEntry = (id: string): DictionaryEntry => {
  const entry = db.dictionaryEntries.find(id);
  if (!entry) throw notFound('dictionary entry');
  return entry;
};

// Two entries for the same text would cancel or repeat each other depending on their order.
const sameText = (kind: DictionaryEntry['kind'], text: string) =>
  db.dictionaryEntries.findBy(
    (entry) => entry.kind === kind && entry.text.toLowerCase() === text.toLowerCase(),
  );

const actor = (user: { id: string; name: string }) => ({ id: user.id, name: user.name });

export const claimDictionaryHandlers = [
  // Every role reads it: the console checks copy as the user types with exactly this dictionary.
  http.get(
    apiPath('/claim-dictionary'),
    route('claim-dictionary', 'show', () =>
      json({ version: activeDictionary().version, entries: db.dictionaryEntries.all() }),
    ),
  ),
  http.get(
    apiPath('/claim-dictionary/entries'),
    route('claim-dictionary', 'list', ({ url }) =>
      json(listRecords(db.dictionaryEntries.all(), url.searchParams, listOptions)),
    ),
  ),
  http.get(
    apiPath('/claim-dictionary/entries/:id'),
    route('claim-dictionary', 'show', ({ params }) => json(findEntry(params.id))),
  ),
  http.post(
    apiPath('/claim-dictionary/entries'),
    route('claim-dictionary', 'create', async ({ caller, request }) => {
      const fields = await parseBody(request, dictionaryEntryCreateSchema);
      if (sameText(fields.kind, fields.text))
        throw validationFailed({ text: 'claims.errors.duplicate_entry' });
      const now = new Date().toISOString();
      const entry = db.dictionaryEntries.insert({
        ...fields,
        id: nextSequentialId(db.dictionaryEntries.all(), 'dict-'),
        version: 1,
        createdAt: now,
        updatedAt: now,
        createdBy: caller.user.name,
      });
      appendAudit(dictionaryAudit(entry, 'dictionary.add', actor(caller.user), now));
      return json(entry, 201);
    }),
  ),
  http.patch(
    apiPath('/claim-dictionary/entries/:id'),
    route('claim-dictionary', 'edit', async ({ caller, params, request }) => {
      const stored = findEntry(params.id);
      const { version, ...changes } = await parseBody(request, dictionaryEntryUpdateSchema);
      if (version !== stored.version) throw conflict(stored);
      const now = new Date().toISOString();
      const entry = db.dictionaryEntries.save({
        ...stored,
        ...changes,
        version: stored.version + 1,
        updatedAt: now,
      });
      if (entry.enabled !== stored.enabled) {
        const action = entry.enabled ? 'dictionary.enable' : 'dictionary.disable';
        appendAudit(dictionaryAudit(entry, action, actor(caller.user), now));
      }
      return json(entry);
    }),
  ),
  // Entries are switched off, never deleted: the audit log must keep pointing at something.
  http.delete(apiPath('/claim-dictionary/entries/:id'), unsupportedRoute('claim-dictionary', 'delete')),
];
