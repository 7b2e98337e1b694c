import { listQuerySchema, type ListResponse } from '../../src/api';
import { fieldErrors } from './body';
import { badRequest } from './problem';

type Field<T> = keyof T & string;

export interface ListOptions<T> {
  /** Every field of the record: the ones a client may sort or filter by. */
  fields: readonly Field<T>[];
  /** Fields `q` searches, case-insensitively. */
  searchFields: readonly Field<T>[];
  /** Where `q` also looks beyond those fields, e.g. inside a product's SKUs; given the lower-cased needle. */
  searchAlso?: (row: T, needle: string) => boolean;
  /** Numeric bounds like `stockLte` → stock ≤ value. */
  ranges?: Record<string, { field: Field<T>; bound: 'gte' | 'lte' }>;
}

const pagingParams = new Set(['page', 'perPage', 'sort', 'order', 'q']);

const compareValues = (a: unknown, b: unknown): number => {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : 1;
  return String(a) < String(b) ? -1 : 1;
};

function parseRange(name: string, raw: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || Number.isNaN(value))
    throw badRequest(`"${name}" must be a number.`, { [name]: 'validation.number' });
  return value;
}

/**
 * Every match of the list query, filtered (equality, ranges, q) and sorted, unpaged: what an export
 * writes. Repeated parameters mean "any of", which is also how `id=a&id=b` fetches several records.
 */
export function queryRecords<T extends { id: string }>(
  rows: readonly T[],
  params: URLSearchParams,
  options: ListOptions<T>,
): T[] {
  return query(rows, params, options).matches;
}

/** The one list query every resource uses: filter (equality, ranges, q), sort, then page. */
export function listRecords<T extends { id: string }>(
  rows: readonly T[],
  params: URLSearchParams,
  options: ListOptions<T>,
): ListResponse<T> {
  const { matches, page, perPage } = query(rows, params, options);
  const start = (page - 1) * perPage;
  return { data: matches.slice(start, start + perPage), total: matches.length };
}

function query<T extends { id: string }>(
  rows: readonly T[],
  params: URLSearchParams,
  options: ListOptions<T>,
) {
  const parsed = listQuerySchema.safeParse(
    Object.fromEntries([...params].filter(([key]) => pagingParams.has(key))),
  );
  if (!parsed.success)
    throw badRequest('The paging or sorting parameters are not valid.', fieldErrors(parsed.error));
  const { page, perPage, sort = 'id', order, q } = parsed.data;
  const isField = (name: string): name is Field<T> => (options.fields as readonly string[]).includes(name);
  if (!isField(sort)) throw badRequest(`Cannot sort by "${sort}".`, { sort: 'errors.unknown_field' });

  let matches = [...rows];
  for (const name of new Set(params.keys())) {
    if (pagingParams.has(name)) continue;
    const range = options.ranges?.[name];
    if (range) {
      const limit = parseRange(name, params.get(name) ?? '');
      matches = matches.filter((row) => {
        const value = Number(row[range.field]);
        return range.bound === 'gte' ? value >= limit : value <= limit;
      });
      continue;
    }
    if (!isField(name)) throw badRequest(`Cannot filter by "${name}".`, { [name]: 'errors.unknown_field' });
    const wanted = params.getAll(name).filter((value) => value !== '');
    if (wanted.length > 0) matches = matches.filter((row) => wanted.includes(String(row[name])));
  }

  const needle = q?.trim().toLowerCase();
  if (needle) {
    matches = matches.filter(
      (row) =>
        options.searchFields.some((field) =>
          String(row[field] ?? '')
            .toLowerCase()
            .includes(needle),
        ) || options.searchAlso?.(row, needle) === true,
    );
  }

  const direction = order === 'DESC' ? -1 : 1;
  // Each row's key is read once, not at every comparison: it counts with 10,000 products.
  const keyed = matches.map((row) => ({ key: row[sort] as unknown, id: row.id, row }));
  // Ties fall back to id so that pages never overlap or skip a row.
  keyed.sort((a, b) => direction * (compareValues(a.key, b.key) || compareValues(a.id, b.id)));
  return { matches: keyed.map(({ row }) => row), page, perPage };
}
