import { checkClaims, type ClaimDictionary } from '../../domain/claims';
import {
  crossBorderSchema,
  productCategories,
  productClaimFields,
  productCreateSchema,
} from '../schemas/products';
import type { CrossBorder } from '../schemas/products';
import type { ProductCsvColumn } from '../schemas/imports';
import { bySchema, cellError, cellOk, readBoolean, type CellResult } from './cells';
import { crossBorderColumns, type CrossBorderRule } from './columns';
import { take, type Emit } from './readSku';

export interface ProductFieldsDraft {
  title: string;
  titleEn: string;
  category: string;
  description: string;
  crossBorder: CrossBorder | null;
}

type Cell = (column: ProductCsvColumn) => string;
const fields = productCreateSchema.shape;
const customs = crossBorderSchema.shape;

const required = <T>(cell: string, read: (cell: string) => CellResult<T>): CellResult<T> =>
  cell === '' ? cellError('validation.required') : read(cell);

const categoryOf = (cell: string): CellResult<string> => {
  const category = cell.toLowerCase();
  return (productCategories as readonly string[]).includes(category)
    ? cellOk(category)
    : cellError('imports.errors.unknown_category', { value: cell, allowed: productCategories.join(', ') });
};

function readCrossBorder(cell: Cell, rule: CrossBorderRule, emit: Emit): CrossBorder | null | undefined {
  const filled = crossBorderColumns.filter((column) => cell(column) !== '');
  if (rule === 'refused') {
    for (const column of filled) emit(column, 'products.errors.not_cross_border');
    return filled.length > 0 ? undefined : null;
  }
  // A store that has not chosen its trade model yet may send either, but not half of the customs data.
  if (rule === 'optional' && filled.length === 0) return null;
  const originCountry = take(
    required(cell('origin_country'), (value) => bySchema(customs.originCountry, value.toUpperCase())),
    'origin_country',
    emit,
  );
  // Customs codes are often written with dots (3304.9900): the digits are what count.
  const hsCode = take(
    required(cell('hs_code'), (value) => bySchema(customs.hsCode, value.replace(/[.\s]/g, ''))),
    'hs_code',
    emit,
  );
  const declaredUnit = take(
    required(cell('declared_unit'), (value) => bySchema(customs.declaredUnit, value.toLowerCase())),
    'declared_unit',
    emit,
  );
  const taxCategory = take(
    required(cell('tax_category'), (value) => bySchema(customs.taxCategory, value.toLowerCase())),
    'tax_category',
    emit,
  );
  const priceIncludesTax = take(readBoolean(cell('price_includes_tax')), 'price_includes_tax', emit);
  if (
    originCountry === undefined ||
    hsCode === undefined ||
    declaredUnit === undefined ||
    taxCategory === undefined ||
    priceIncludesTax === undefined
  )
    return undefined;
  return { originCountry, hsCode, declaredUnit, taxCategory, priceIncludesTax };
}

const copyColumns = [
  ['title', 'title'],
  ['title_en', 'titleEn'],
  ['description', 'description'],
] as const;

/** Copy the platform would refuse (a `block` verdict) is an error of the cell, naming the term. */
function checkCopy(draft: Partial<ProductFieldsDraft>, dictionary: ClaimDictionary, emit: Emit): boolean {
  let clean = true;
  for (const [column, field] of copyColumns) {
    const text = draft[field];
    if (!text) continue;
    const report = checkClaims(text, { field: productClaimFields[field], dictionary });
    if (report.verdict !== 'block') continue;
    const blocking = report.findings.find((finding) => finding.severity === 'block');
    emit(column, 'imports.errors.banned_claim', { term: text.slice(blocking?.start, blocking?.end) });
    clean = false;
  }
  return clean;
}

/** The product columns of a handle's first row; undefined when any of them is wrong (all are reported). */
export function readProduct(
  cell: Cell,
  rule: CrossBorderRule,
  dictionary: ClaimDictionary | undefined,
  emit: Emit,
): ProductFieldsDraft | undefined {
  const draft = {
    title: take(bySchema(fields.title, cell('title')), 'title', emit),
    titleEn: take(bySchema(fields.titleEn, cell('title_en')), 'title_en', emit),
    category: take(required(cell('category'), categoryOf), 'category', emit),
    description: take(bySchema(fields.description, cell('description')), 'description', emit),
    crossBorder: readCrossBorder(cell, rule, emit),
  };
  const clean = dictionary === undefined || checkCopy(draft, dictionary, emit);
  const { title, titleEn, category, description, crossBorder } = draft;
  if (!clean || title === undefined || titleEn === undefined || category === undefined) return undefined;
  if (description === undefined || crossBorder === undefined) return undefined;
  return { title, titleEn, category, description, crossBorder };
}
