import { http } from 'msw';
import {
  missingForSubmit,
  verificationApplicationSchema,
  verificationDecisionSchema,
  verificationSubmitSchema,
  verificationUpdateSchema,
  type FilePurpose,
  type VerificationApplication,
  type VerificationDocumentField,
} from '../../src/api';
import { db } from '../db/store';
import { parseBody, parseChanges } from '../lib/body';
import { resolveFileRefs } from '../lib/fileRefs';
import { listRecords, type ListOptions } from '../lib/listQuery';
import { conflict, problem } from '../lib/problem';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';
import { findWithinScope, withinScope } from '../lib/scope';
import type { Caller } from '../lib/sessions';
import { decideApplication, submitApplication, withBrandNames } from '../lib/verification';

const listOptions: ListOptions<VerificationApplication> = {
  fields: verificationApplicationSchema.keyof().options,
  searchFields: ['brandName', 'brandNameEn', 'companyName'],
};

const documentPurposes: Record<VerificationDocumentField, FilePurpose> = {
  businessLicence: 'document',
  legalRepId: 'document',
  trademarkCertificate: 'document',
  authorisationLetter: 'document',
};

const brandOf = (application: VerificationApplication) => application.brandId;
const findApplication = (caller: Caller, id: string) =>
  withBrandNames(
    findWithinScope(caller, db.verificationApplications, id, brandOf, 'verification application'),
  );

/** The brand changes its application only while it is its own to change: a draft, or after a rejection. */
function assertEditable(application: VerificationApplication): void {
  if (application.status === 'draft' || application.status === 'rejected') return;
  throw problem(
    422,
    'verification.errors.locked',
    application.status === 'submitted'
      ? 'The application is waiting for a moderator and cannot change until it is decided.'
      : 'The application was approved and cannot change.',
    { current: application },
  );
}

export const verificationHandlers = [
  http.get(
    apiPath('/verification-applications'),
    route('verification-applications', 'list', ({ caller, url }) => {
      const params = new URLSearchParams(url.searchParams);
      // The review queue reads oldest submission first.
      if (!params.has('sort')) params.set('sort', 'submittedAt');
      const rows = withinScope(caller, db.verificationApplications.all(), brandOf).map(withBrandNames);
      return json(listRecords(rows, params, listOptions));
    }),
  ),
  http.get(
    apiPath('/verification-applications/:id'),
    route('verification-applications', 'show', ({ caller, params }) =>
      json(findApplication(caller, params.id)),
    ),
  ),
  http.patch(
    apiPath('/verification-applications/:id'),
    route('verification-applications', 'edit', async ({ caller, params, request }) => {
      const stored = findApplication(caller, params.id);
      const { version, ...changes } = await parseChanges(request, verificationUpdateSchema);
      // Before the version: whoever edits a submitted application learns why, not just "changed".
      assertEditable(stored);
      if (version !== stored.version) throw conflict(stored);
      const resolved = resolveFileRefs(stored.brandId, changes, documentPurposes);
      const saved = db.verificationApplications.save({
        ...stored,
        ...resolved,
        version: stored.version + 1,
        updatedAt: new Date().toISOString(),
      });
      return json(saved);
    }),
  ),
  http.post(
    apiPath('/verification-applications/:id/submit'),
    route('verification-applications', 'edit', async ({ caller, params, request }) => {
      const stored = findApplication(caller, params.id);
      const { version } = await parseBody(request, verificationSubmitSchema);
      assertEditable(stored);
      if (version !== stored.version) throw conflict(stored);
      const missing = missingForSubmit(stored);
      if (missing.length > 0)
        throw problem(
          422,
          'verification.errors.incomplete',
          'Fill in every required field before submitting.',
          {
            errors: Object.fromEntries(missing.map((field) => [field, 'validation.required'])),
          },
        );
      return json(submitApplication(stored, caller.user));
    }),
  ),
  http.post(
    apiPath('/verification-applications/:id/decision'),
    route('verification-applications', 'review', async ({ caller, params, request }) => {
      const stored = findApplication(caller, params.id);
      const decision = await parseBody(request, verificationDecisionSchema);
      // Before the version: the second moderator learns it was decided (or withdrawn), not just "changed".
      if (stored.status !== 'submitted')
        throw problem(
          422,
          'verification.errors.not_submitted',
          'Only a submitted application can be decided.',
          {
            current: stored,
          },
        );
      if (decision.version !== stored.version) throw conflict(stored);
      return json(decideApplication(stored, decision, caller.user));
    }),
  ),
  http.post(apiPath('/verification-applications'), unsupportedRoute('verification-applications', 'create')),
  http.delete(
    apiPath('/verification-applications/:id'),
    unsupportedRoute('verification-applications', 'delete'),
  ),
];
