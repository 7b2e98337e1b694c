import { MAX_IMPORT_BYTES } from '../api/productImport';

export interface ImportFileProblem {
  code: string;
  values: Record<string, string | number>;
}

/**
 * Why a file can't be sent (the platform checks the same limit again) for import, or null. Browsers disagree on a CSV's type (Windows often says
 * application/vnd.ms-excel, some say nothing), so the name decides; the platform reads the content.
 */
export function importFileProblem(file: Pick<File, 'name' | 'size'>): ImportFileProblem | null {
  if (!/\.csv$/i.test(file.name)) return { code: 'product_imports.file.not_csv', values: {} };
  if (file.size === 0) return { code: 'product_imports.file.empty', values: {} };
  if (file.size > MAX_IMPORT_BYTES)
    return { code: 'product_imports.file.too_large', values: { max: '5 MB' } };
  return null;
}

/** "1.2 MB", "830 KB": a file's size as people read it. */
export function fileSize(bytes: number, locale: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes >= 1024 * 1024) return format(bytes / (1024 * 1024), 'MB');
  if (bytes >= 1024) return format(bytes / 1024, 'KB');
  return format(bytes, 'B');
}

/** Hands text to the browser's downloads as a CSV file; the BOM makes Excel read Chinese as UTF-8. */
export function saveCsv(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
