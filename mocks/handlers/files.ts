import { http } from 'msw';
import { filePurposeSchema, uploadProblem, type FilePurpose, type UploadedFile } from '../../src/api';
import { db } from '../db/store';
import type { StoredFile } from '../db/types';
import { toDataUrl } from '../lib/dataUrl';
import { imageSize, sniffContentType, type PixelSize } from '../lib/imageHeader';
import { badRequest, problem, validationFailed } from '../lib/problem';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';

interface UploadForm {
  purpose: FilePurpose;
  file: File;
}

// Not `instanceof File`: under jsdom the request's File comes from another realm than the global one.
const isFile = (value: FormDataEntryValue | null): value is File =>
  typeof value === 'object' && value !== null && typeof value.arrayBuffer === 'function';

async function readUploadForm(request: Request): Promise<UploadForm> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw badRequest('Send the upload as multipart/form-data with "purpose" and "file".');
  }
  const purpose = form.get('purpose');
  const file = form.get('file');
  const errors: Record<string, string> = {};
  const parsedPurpose = filePurposeSchema.safeParse(purpose);
  if (!parsedPurpose.success) errors.purpose = purpose ? 'validation.invalid_choice' : 'validation.required';
  if (!isFile(file)) errors.file = 'validation.required';
  if (!parsedPurpose.success || !isFile(file)) throw validationFailed(errors);
  return { purpose: parsedPurpose.data, file };
}

// Types the platform would recognise from their bytes: a file that claims one but is not one is damaged.
const recognisable = new Set(['image/png', 'image/jpeg', 'image/webp', 'application/pdf']);

const refused = (code: string, detail: string) => problem(422, code, detail, { errors: { file: code } });

/**
 * Checks the file as it is, not as it was declared: the type from its first bytes and, for images, the
 * pixel size from the header, against the same rules the console checked before sending.
 */
function inspect(bytes: Uint8Array, declaredType: string, purpose: FilePurpose) {
  const sniffed = sniffContentType(bytes);
  const contentType = sniffed ?? (declaredType || 'application/octet-stream');
  const pixels: PixelSize | null = sniffed ? imageSize(bytes, sniffed) : null;
  const found = uploadProblem(
    { contentType, size: bytes.length, width: pixels?.width ?? null, height: pixels?.height ?? null },
    purpose,
  );
  if (found) {
    const values = Object.entries(found.values).map(([name, value]) => `${name} ${value}`);
    throw refused(
      found.code,
      `The file cannot be used as ${purpose}${values.length ? ` (${values.join(', ')})` : ''}.`,
    );
  }
  const damaged =
    (sniffed === null && recognisable.has(contentType)) || (sniffed?.startsWith('image/') && pixels === null);
  if (damaged) throw refused('files.errors.unreadable', 'The file is damaged or not what its type says.');
  return { contentType, pixels };
}

const toUploadedFile = ({ brandId: _brand, ...file }: StoredFile): UploadedFile => file;

export const fileHandlers = [
  http.post(
    apiPath('/files'),
    route('files', 'create', async ({ caller, request }) => {
      const { purpose, file } = await readUploadForm(request);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { contentType, pixels } = inspect(bytes, file.type, purpose);
      const stored = db.files.insert({
        id: `file-${crypto.randomUUID()}`,
        brandId: caller.user.brandId ?? '',
        purpose,
        name: (typeof file.name === 'string' ? file.name.trim().slice(0, 200) : '') || 'upload',
        contentType,
        size: bytes.length,
        url: toDataUrl(bytes, contentType),
        width: pixels?.width ?? null,
        height: pixels?.height ?? null,
        createdAt: new Date().toISOString(),
      });
      return json(toUploadedFile(stored), 201);
    }),
  ),
  // Files are reached through the records that refer to them (their url travels with the reference).
  http.get(apiPath('/files'), unsupportedRoute('files', 'list')),
  http.get(apiPath('/files/:id'), unsupportedRoute('files', 'show')),
  http.patch(apiPath('/files/:id'), unsupportedRoute('files', 'edit')),
  http.delete(apiPath('/files/:id'), unsupportedRoute('files', 'delete')),
];
