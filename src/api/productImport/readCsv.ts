import Papa from 'papaparse';

/** A record of the file and the line a spreadsheet shows it on (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvFile {
  /** Null when the file holds no header at all. */
  header: CsvRecord | null;
  /** Data records, empty lines left out (they still count for the line numbers). */
  records: CsvRecord[];
  /** Lines where a quoted cell never ends: everything after it on the line is unreliable. */
  unterminatedQuotes: Set<number>;
}

const BOM = '\uFEFF';

/**
 * Excel and LibreOffice run a cell that starts with = + - @ as a formula, so exports prefix it with
 * an apostrophe (papaparse's escapeFormulae); reading takes the apostrophe off again.
 */
const unescapeFormula = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** Excel writes `;` or tabs in some locales: the header line tells which one this file uses. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\n|$/));
  const counts = [',', ';', '\t'].map((delimiter) => ({
    delimiter,
    count: firstLine.split(delimiter).length,
  }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Reads CSV text as a spreadsheet shows it: one record per row even when a quoted cell spans several
 * physical lines, numbered like the spreadsheet's rows so errors point where the user will look.
 */
export function readCsv(text: string): CsvFile {
  // One kind of line break: files edited on several systems mix them, and papaparse expects one.
  const body = (text.startsWith(BOM) ? text.slice(BOM.length) : text).replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(body, { delimiter: delimiterOf(body), skipEmptyLines: false });
  const unterminatedQuotes = new Set(
    parsed.errors.filter((error) => error.type === 'Quotes').map((error) => (error.row ?? 0) + 1),
  );
  let header: CsvRecord | null = null;
  const records: CsvRecord[] = [];
  parsed.data.forEach((raw, index) => {
    const cells = raw.map((cell) => unescapeFormula(cell.trim()));
    if (isBlank(cells)) return;
    const record = { line: index + 1, cells };
    if (header === null) header = record;
    else records.push(record);
  });
  return { header, records, unterminatedQuotes };
}
