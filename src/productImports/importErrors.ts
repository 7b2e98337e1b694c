import Papa from 'papaparse';
import type { ImportRowError } from '../api';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * One row error in the user's language. The platform sends a message key and its values (e.g. the banned
 * term, the longest allowed length); a key this console does not know yet still reads as a sentence.
 */
export const importErrorMessage = (error: ImportRowError, translate: Translate): string =>
  translate(error.code, {
    ...error.params,
    _: translate('product_imports.errors.unknown', { code: error.code }),
  });

/** The report as a CSV to fix the file with: line, column and message, in the user's language. */
export function importErrorsCsv(errors: readonly ImportRowError[], translate: Translate): string {
  return Papa.unparse({
    fields: [
      translate('product_imports.report.line'),
      translate('product_imports.report.column'),
      translate('product_imports.report.problem'),
    ],
    data: errors.map((error) => [String(error.line), error.column, importErrorMessage(error, translate)]),
  });
}
