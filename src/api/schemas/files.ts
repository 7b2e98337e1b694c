import { z } from 'zod';

/** What an upload is for: each purpose has its own accepted types and size limit. */
export const filePurposeSchema = z.enum(['document', 'logo', 'banner', 'product_image']);
export type FilePurpose = z.infer<typeof filePurposeSchema>;

export interface UploadRule {
  /** MIME types the platform accepts for this purpose. */
  types: readonly string[];
  maxBytes: number;
  /** Images only: required shape, checked on the pixels (console) and on the file header (platform). */
  square?: boolean;
  minSide?: number;
  maxSide?: number;
}

const MB = 1024 * 1024;
const images = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** The one table of upload rules: the console checks before sending, the platform checks again. */
export const uploadRules: Record<FilePurpose, UploadRule> = {
  document: { types: [...images, 'application/pdf'], maxBytes: 10 * MB },
  logo: { types: images, maxBytes: 2 * MB, square: true, minSide: 200, maxSide: 2000 },
  banner: { types: images, maxBytes: 5 * MB, minSide: 300 },
  product_image: { types: images, maxBytes: 5 * MB, square: true, minSide: 600, maxSide: 4000 },
};

/**
 * An uploaded file as the platform answers `POST /files` (multipart: `file`, `purpose`).
 * `url` is where to show or fetch it (the mock platform answers a data: URL).
 */
export const uploadedFileSchema = z.object({
  id: z.string(),
  purpose: filePurposeSchema,
  name: z.string(),
  contentType: z.string(),
  size: z.number().int().nonnegative(),
  url: z.string(),
  /** Pixels, for images. */
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  createdAt: z.string(),
});
export type UploadedFile = z.infer<typeof uploadedFileSchema>;

/** How a record refers to an uploaded file; the name and url travel with it so views need no extra call. */
export const fileRefSchema = uploadedFileSchema.pick({ id: true, name: true, contentType: true, url: true });
export type FileRef = z.infer<typeof fileRefSchema>;

export interface UploadFacts {
  contentType: string;
  size: number;
  /** Pixels, when the file is an image and they are known. */
  width?: number | null;
  height?: number | null;
}

/**
 * Why a file may not be uploaded for this purpose, as a message key with its values, or null when it
 * may. The console asks before sending (with the pixels it decoded); the platform asks again.
 */
export function uploadProblem(
  file: UploadFacts,
  purpose: FilePurpose,
): { code: string; values: Record<string, number | string> } | null {
  const rule = uploadRules[purpose];
  if (!rule.types.includes(file.contentType))
    return { code: 'files.errors.type', values: { types: rule.types.map(shortType).join(', ') } };
  if (file.size > rule.maxBytes)
    return { code: 'files.errors.too_large', values: { max: `${Math.round(rule.maxBytes / MB)} MB` } };
  if (file.size === 0) return { code: 'files.errors.empty', values: {} };
  const { width, height } = file;
  if (width == null || height == null) return null;
  if (rule.square && width !== height) return { code: 'files.errors.not_square', values: { width, height } };
  if (rule.minSide && Math.min(width, height) < rule.minSide)
    return { code: 'files.errors.too_small', values: { min: rule.minSide } };
  if (rule.maxSide && Math.max(width, height) > rule.maxSide)
    return { code: 'files.errors.too_big', values: { max: rule.maxSide } };
  return null;
}

/** image/png → PNG, application/pdf → PDF */
const shortType = (type: string) => (type.split('/')[1] ?? type).toUpperCase();
