import type { FieldFindings } from '../../src/api';
import { checkClaims, type ClaimField } from '../../src/domain/claims';
import { activeDictionary } from './activeDictionary';
import { problem } from './problem';

/**
 * Banned claims in the copy of a brand's profile or store, checked with the dictionary in force.
 * Any block finding refuses the save: 422 `claims.blocked` with the blocked fields under `errors` and
 * every field's findings (warned ones too) under `findings`, as for products. Warned copy is saved:
 * the console shows the warnings as the user types, and profiles are not queued for review.
 */
export function refuseBlockedCopy<F extends string>(
  copy: Record<NoInfer<F>, string>,
  claimFields: Record<F, ClaimField>,
): FieldFindings {
  const dictionary = activeDictionary();
  const findings: FieldFindings = {};
  const blocked: string[] = [];
  for (const field of Object.keys(claimFields) as F[]) {
    const report = checkClaims(copy[field], { field: claimFields[field], dictionary });
    if (report.findings.length === 0) continue;
    findings[field] = report.findings;
    if (report.verdict === 'block') blocked.push(field);
  }
  if (blocked.length > 0)
    throw problem(422, 'claims.blocked', 'The copy makes claims the platform does not allow.', {
      errors: Object.fromEntries(blocked.map((field) => [field, 'claims.blocked_field'])),
      findings,
    });
  return findings;
}

/** Copy is checked again only when a copy field changes: a form sending the whole record must still save. */
export const copyChanged = <F extends string>(
  stored: Record<NoInfer<F>, string>,
  changes: Partial<Record<NoInfer<F>, string>>,
  claimFields: Record<F, ClaimField>,
) =>
  (Object.keys(claimFields) as F[]).some(
    (field) => changes[field] !== undefined && changes[field] !== stored[field],
  );
