import type { z } from 'zod';
import type { VerificationApplication, verificationDecisionSchema, VerificationStatus } from '../../src/api';
import { db } from '../db/store';
import type { PlatformUser } from '../db/types';
import { appendAudit } from './audit';
import { verificationAudit } from './auditEntries';

type Decision = z.output<typeof verificationDecisionSchema>;

/** The brand names are the brand's as they are now, so a renamed brand shows under its new name. */
export function withBrandNames(application: VerificationApplication): VerificationApplication {
  const brand = db.brands.find(application.brandId);
  return brand ? { ...application, brandName: brand.name, brandNameEn: brand.nameEn } : application;
}

/**
 * The brand's verificationStatus mirrors its application, always. The brand's version is left alone:
 * the platform sets this field, and a profile edit in flight must not be refused as stale because of it.
 */
export function mirrorOnBrand(brandId: string, status: VerificationStatus, at: string): void {
  const brand = db.brands.find(brandId);
  if (!brand) return;
  db.brands.save({ ...brand, verificationStatus: status, verifiedAt: status === 'approved' ? at : null });
}

/** Submits a draft, or resubmits a rejected application; the caller checked it is complete and current. */
export function submitApplication(
  application: VerificationApplication,
  applicant: PlatformUser,
): VerificationApplication {
  const at = new Date().toISOString();
  const submitted = db.verificationApplications.save({
    ...application,
    status: 'submitted',
    submittedAt: at,
    // The contract keeps rejections only while rejected: the moderator now decides afresh.
    rejections: [],
    history: [
      ...application.history,
      { at, byName: applicant.name, event: application.status === 'rejected' ? 'resubmitted' : 'submitted' },
    ],
    version: application.version + 1,
    updatedAt: at,
  });
  mirrorOnBrand(application.brandId, 'submitted', at);
  return submitted;
}

/** Decides a submitted application (the caller checked it is submitted and current), the brand, the log. */
export function decideApplication(
  application: VerificationApplication,
  decision: Decision,
  moderator: PlatformUser,
): VerificationApplication {
  const at = new Date().toISOString();
  const approved = decision.outcome === 'approve';
  const decided = db.verificationApplications.save({
    ...application,
    status: approved ? 'approved' : 'rejected',
    decidedAt: at,
    rejections: approved ? [] : decision.rejections,
    history: [
      ...application.history,
      { at, byName: moderator.name, event: approved ? 'approved' : 'rejected' },
    ],
    version: application.version + 1,
    updatedAt: at,
  });
  mirrorOnBrand(application.brandId, decided.status, at);
  appendAudit(verificationAudit(withBrandNames(decided), moderator, at));
  return decided;
}
