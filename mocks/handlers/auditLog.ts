import { http } from 'msw';
import { auditEntrySchema, type Action, type AuditEntry } from '../../src/api';
import { db } from '../db/store';
import { listRecords, type ListOptions } from '../lib/listQuery';
import { notFound } from '../lib/problem';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';

const listOptions: ListOptions<AuditEntry> = {
  fields: auditEntrySchema.keyof().options,
  searchFields: ['summary', 'reason', 'actorName'],
};

/**
 * The log is append-only: entries are written by the decisions and dictionary changes themselves, and no
 * method changes or removes one. Who may read it is told so (405); everyone else gets 403.
 */
const noWrite = (action: Action) => unsupportedRoute('audit-log', action, 'show');

export const auditLogHandlers = [
  http.get(
    apiPath('/audit-log'),
    route('audit-log', 'list', ({ url }) => {
      const params = new URLSearchParams(url.searchParams);
      // Newest first unless asked otherwise: the log is read as "what happened lately".
      if (!params.has('sort')) {
        params.set('sort', 'at');
        if (!params.has('order')) params.set('order', 'DESC');
      }
      return json(listRecords(db.auditLog.all(), params, listOptions));
    }),
  ),
  http.get(
    apiPath('/audit-log/:id'),
    route('audit-log', 'show', ({ params }) => {
      const entry = db.auditLog.find(params.id);
      if (!entry) throw notFound('audit entry');
      return json(entry);
    }),
  ),
  ...['/audit-log', '/audit-log/:id'].flatMap((path) => [
    http.post(apiPath(path), noWrite('create')),
    http.put(apiPath(path), noWrite('edit')),
    http.patch(apiPath(path), noWrite('edit')),
    http.delete(apiPath(path), noWrite('delete')),
  ]),
];
