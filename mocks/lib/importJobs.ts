import type { Product, ProductImport } from '../../src/api';
import { validateProductCsv, type ImportedProduct } from '../../src/api/productImport';
import { db } from '../db/store';
import type { StoredImport } from '../db/types';
import { activeDictionary } from './activeDictionary';
import { checkCopy, copyOf } from './claims';
import { currentFaults } from './faults';
import { nextSequentialId } from './ids';
import { withFigures, withSkuIds } from './productRules';
import { noReview, reviewCopy } from './review';
import { withinScope } from './scope';
import type { Caller } from './sessions';

/** How fast a commit goes: the mock has no worker, so progress follows the clock from the commit. */
export const ROWS_PER_TICK = 100;
export const TICK_MS = 100;

/** What the console sees of a job: not the products waiting to be inserted, nor the clock bookkeeping. */
export const publicJob = ({
  pending: _pending,
  commitStartedAt: _started,
  ...job
}: StoredImport): ProductImport => job;

/** The valid products of a dry run as they will be inserted: drafts with SKU ids, numbered at completion. */
function pendingProducts(
  jobId: string,
  brandId: string,
  imported: readonly ImportedProduct[],
  at: string,
): Product[] {
  return imported.map(({ product }, index) =>
    withFigures({
      ...product,
      skus: withSkuIds(product.skus, []),
      id: `${jobId}-${index + 1}`,
      version: 1,
      createdAt: at,
      updatedAt: at,
      brandId,
      status: 'draft' as const,
      review: noReview,
    }),
  );
}

export interface ImportUpload {
  brandId: string;
  createdByName: string;
  fileName: string;
  text: string;
}

/**
 * The dry run: every row checked against the brand's store (customs columns or none) and the
 * dictionary in force, nothing imported. The valid products wait in the job for a commit.
 */
export function validatedJob({ brandId, createdByName, fileName, text }: ImportUpload): StoredImport {
  const tradeModel = db.stores.find(brandId)?.tradeModel ?? null;
  const report = validateProductCsv(text, { tradeModel, dictionary: activeDictionary() });
  const id = nextSequentialId(db.productImports.all(), 'import-');
  const at = new Date().toISOString();
  return {
    id,
    version: 1,
    createdAt: at,
    updatedAt: at,
    brandId,
    fileName,
    status: 'validated',
    createdByName,
    totalRows: report.totalRows,
    validRows: report.validRows,
    validProducts: report.products.length,
    errors: report.errors,
    processedRows: 0,
    importedProducts: 0,
    failureCode: null,
    pending: pendingProducts(id, brandId, report.products, at),
    commitStartedAt: null,
  };
}

const finished = (job: StoredImport, changes: Partial<StoredImport>, at: string): StoredImport => ({
  ...job,
  ...changes,
  pending: [],
  version: job.version + 1,
  updatedAt: at,
});

/**
 * Inserts every pending product at once, or none: copy that the dictionary in force now blocks (a
 * moderator may have added a term since the dry run) or a platform fault fails the whole job.
 */
function complete(job: StoredImport, at: string, faulted: boolean): StoredImport {
  if (faulted) return finished(job, { status: 'failed', failureCode: 'imports.errors.interrupted' }, at);
  const dictionary = activeDictionary();
  const checks = job.pending.map((product) => checkCopy(copyOf(product), dictionary));
  if (checks.some((check) => check.blocked.length > 0))
    return finished(job, { status: 'failed', failureCode: 'imports.errors.copy_blocked' }, at);
  const prefix = `prod-${job.brandId.replace(/^brand-/, '')}-`;
  const first = Number(nextSequentialId(db.products.all(), prefix).slice(prefix.length));
  const products = job.pending.map((product, index) =>
    // Warned copy goes to the moderation queue, as it would from the product form.
    reviewCopy(
      { ...product, id: `${prefix}${String(first + index).padStart(4, '0')}`, createdAt: at, updatedAt: at },
      checks[index],
      at,
    ),
  );
  db.products.insertMany(products);
  return finished(
    job,
    { status: 'completed', processedRows: job.validRows, importedProducts: products.length },
    at,
  );
}

/**
 * Moves an importing job on to where the clock says it is, saving it when anything changed. Progress
 * alone keeps the version (the console's cancel must not go stale with every poll); finishing bumps it.
 * `faulted` says whether the platform's fault injection breaks the job as it completes.
 */
export function advanceJob(job: StoredImport, now: number, faulted: () => boolean): StoredImport {
  if (job.status !== 'importing' || job.commitStartedAt === null) return job;
  const elapsed = Math.max(0, now - Date.parse(job.commitStartedAt));
  const processedRows = Math.min(job.validRows, Math.floor(elapsed / TICK_MS) * ROWS_PER_TICK);
  if (processedRows >= job.validRows)
    return db.productImports.save(complete(job, new Date(now).toISOString(), faulted()));
  if (processedRows === job.processedRows) return job;
  return db.productImports.save({ ...job, processedRows });
}

/** With the platform's error rate, a job may break as it completes: the catalogue then stays as it was. */
const faultedNow = () => Math.random() < currentFaults().errorRate;

export const advanceToNow = (job: StoredImport) => advanceJob(job, Date.now(), faultedNow);

/** Finishes the caller's jobs whose time has come, so the product list shows what an import made. */
export const settleImports = (caller: Caller): StoredImport[] =>
  withinScope(caller, db.productImports.all(), (job) => job.brandId).map(advanceToNow);
