import { http } from 'msw';
import { importCommandSchema, productImportSchema, type ProductImport } from '../../src/api';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, readCsv } from '../../src/api/productImport';
import { db } from '../db/store';
import type { StoredImport } from '../db/types';
import { parseBody } from '../lib/body';
import { advanceToNow, publicJob, settleImports, validatedJob } from '../lib/importJobs';
import { listRecords, type ListOptions } from '../lib/listQuery';
import { badRequest, conflict, problem } from '../lib/problem';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';
import { findWithinScope } from '../lib/scope';
import type { Caller } from '../lib/sessions';

const listOptions: ListOptions<ProductImport> = {
  fields: productImportSchema.keyof().options,
  searchFields: ['fileName', 'createdByName'],
};

const findJob = (caller: Caller, id: string) =>
  advanceToNow(findWithinScope(caller, db.productImports, id, (job) => job.brandId, 'import'));

// Not `instanceof File`: under jsdom the request's File comes from another realm than the global one.
const isFile = (value: FormDataEntryValue | null): value is File =>
  typeof value === 'object' && value !== null && typeof value.arrayBuffer === 'function';

const refuseFile = (code: string, detail: string) => problem(422, code, detail, { errors: { file: code } });

async function readUpload(request: Request): Promise<{ name: string; text: string }> {
  const form = await request.formData().catch(() => {
    throw badRequest('Send the file as multipart/form-data.');
  });
  const file = form.get('file');
  if (!isFile(file)) throw refuseFile('validation.required', 'Attach a CSV file as `file`.');
  if (/\.xlsx?$/i.test(file.name))
    throw refuseFile('imports.errors.not_csv', 'Save the sheet as CSV (UTF-8) first.');
  if (file.size > MAX_IMPORT_BYTES)
    throw refuseFile('imports.errors.file_too_large', 'The file is over 5 MB.');
  try {
    // Excel's plain "CSV" in a Chinese locale is GBK: say so rather than import mojibake.
    return {
      name: file.name,
      text: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()),
    };
  } catch {
    throw refuseFile('imports.errors.not_utf8', 'The file is not UTF-8 text.');
  }
}

type Status = StoredImport['status'];

/**
 * Commit and cancel. Asking for the state the job is already in answers it unchanged (a double click
 * is harmless); a job past the state the command needs answers 409 `imports.errors.finished` with the
 * job; then the version must be current. Answers the job to change, or the answer to send as it is.
 */
async function commandOn(
  caller: Caller,
  id: string,
  request: Request,
  { from, to }: { from: readonly Status[]; to: Status },
): Promise<StoredImport | Response> {
  const job = findJob(caller, id);
  const { version } = await parseBody(request, importCommandSchema);
  if (job.status === to) return json(publicJob(job));
  if (!from.includes(job.status))
    throw problem(409, 'imports.errors.finished', `The import is ${job.status}.`, {
      current: publicJob(job),
    });
  if (version !== job.version) throw conflict(publicJob(job));
  return job;
}

export const productImportHandlers = [
  http.get(
    apiPath('/product-imports'),
    route('product-imports', 'list', ({ caller, url }) => {
      const params = new URLSearchParams(url.searchParams);
      if (!params.has('sort')) params.set('sort', 'createdAt');
      if (!params.has('order')) params.set('order', 'DESC');
      return json(listRecords(settleImports(caller).map(publicJob), params, listOptions));
    }),
  ),
  http.get(
    apiPath('/product-imports/:id'),
    route('product-imports', 'show', ({ caller, params }) => json(publicJob(findJob(caller, params.id)))),
  ),
  http.post(
    apiPath('/product-imports'),
    route('product-imports', 'create', async ({ caller, request }) => {
      const { name, text } = await readUpload(request);
      const rows = readCsv(text).records.length;
      if (rows > MAX_IMPORT_ROWS)
        throw refuseFile(
          'imports.errors.too_many_rows',
          `The file has ${rows} rows; ${MAX_IMPORT_ROWS} at most.`,
        );
      const job = validatedJob({
        brandId: caller.user.brandId ?? '',
        createdByName: caller.user.name,
        fileName: name,
        text,
      });
      return json(publicJob(db.productImports.insert(job)), 201);
    }),
  ),
  http.post(
    apiPath('/product-imports/:id/commit'),
    route('product-imports', 'edit', async ({ caller, params, request }) => {
      const job = await commandOn(caller, params.id, request, { from: ['validated'], to: 'importing' });
      if (job instanceof Response) return job;
      if (job.validRows === 0)
        throw problem(
          422,
          'imports.errors.nothing_to_import',
          'No row of the file is valid: there is nothing to import.',
        );
      const at = new Date().toISOString();
      const importing: StoredImport = {
        ...job,
        status: 'importing',
        commitStartedAt: at,
        version: job.version + 1,
        updatedAt: at,
      };
      return json(publicJob(db.productImports.save(importing)));
    }),
  ),
  http.post(
    apiPath('/product-imports/:id/cancel'),
    route('product-imports', 'edit', async ({ caller, params, request }) => {
      const job = await commandOn(caller, params.id, request, {
        from: ['validated', 'importing'],
        to: 'cancelled',
      });
      if (job instanceof Response) return job;
      const at = new Date().toISOString();
      // Nothing was inserted yet (products go in only when a job completes), so there is nothing to undo.
      const cancelled: StoredImport = {
        ...job,
        status: 'cancelled',
        pending: [],
        version: job.version + 1,
        updatedAt: at,
      };
      return json(publicJob(db.productImports.save(cancelled)));
    }),
  ),
  http.delete(apiPath('/product-imports/:id'), unsupportedRoute('product-imports', 'delete')),
];
