// Pure: the seed uses this as the handlers do, so seeded queue items are what the platform would make.
import { productClaimFields, type FieldFindings, type ModerationItem, type Product } from '../../src/api';
import { checkClaims, type ClaimDictionary } from '../../src/domain/claims';

export type CopyField = keyof typeof productClaimFields;
export const copyFields = Object.keys(productClaimFields) as CopyField[];
export type Copy = Pick<Product, CopyField>;

export interface CopyCheck {
  dictionaryVersion: string;
  /** Fields with at least one block finding: any of them and nothing is saved. */
  blocked: CopyField[];
  /** Every field with findings, block or warn, so the console can highlight all of them. */
  findings: FieldFindings;
  /** The fields a moderator must look at (when nothing blocks: the warned ones), as a queue item holds them. */
  flagged: ModerationItem['fields'];
}

export function checkCopy(copy: Copy, dictionary: ClaimDictionary): CopyCheck {
  const check: CopyCheck = { dictionaryVersion: dictionary.version, blocked: [], findings: {}, flagged: [] };
  for (const field of copyFields) {
    const claimField = productClaimFields[field];
    const text = copy[field];
    const report = checkClaims(text, { field: claimField, dictionary });
    if (report.findings.length === 0) continue;
    check.findings[field] = report.findings;
    check.flagged.push({ field, claimField, text, findings: report.findings });
    if (report.verdict === 'block') check.blocked.push(field);
  }
  return check;
}

export const copyOf = (product: Copy): Copy => ({
  title: product.title,
  titleEn: product.titleEn,
  description: product.description,
});

interface PendingItemInput {
  id: string;
  product: Product;
  brandName: string;
  check: CopyCheck;
  at: string;
}

/** A queue item for warned copy: a snapshot of the texts and findings the moderator decides on. */
export const pendingItemFor = ({ id, product, brandName, check, at }: PendingItemInput): ModerationItem => ({
  id,
  version: 1,
  createdAt: at,
  updatedAt: at,
  kind: 'product',
  brandId: product.brandId,
  brandName,
  subjectId: product.id,
  subjectTitle: product.title,
  status: 'pending',
  severity: 'warn',
  dictionaryVersion: check.dictionaryVersion,
  fields: check.flagged,
  decision: null,
});
