import type { VerificationApplication, VerificationDocumentField, VerificationField } from '../api';

/** A part of the application: the data the brand typed, next to the document that proves it. */
export interface ReviewSection {
  id: 'company' | 'legal_rep' | 'trademark' | 'authorisation';
  fields: readonly VerificationField[];
  document: VerificationDocumentField;
  /** Whether the section applies to this application. */
  applies: (application: VerificationApplication) => boolean;
}

const always = () => true;

export const reviewSections: readonly ReviewSection[] = [
  {
    id: 'company',
    fields: ['companyName', 'registrationNumber', 'companyCountry'],
    document: 'businessLicence',
    applies: always,
  },
  { id: 'legal_rep', fields: ['legalRepresentative'], document: 'legalRepId', applies: always },
  {
    id: 'trademark',
    fields: ['trademarkNumber', 'trademarkOwner', 'applicantOwnsTrademark'],
    document: 'trademarkCertificate',
    applies: always,
  },
  {
    // Required only when the applicant is not the trademark owner; shown too when one was sent anyway.
    id: 'authorisation',
    fields: [],
    document: 'authorisationLetter',
    applies: (application) =>
      application.applicantOwnsTrademark === false || application.authorisationLetter !== null,
  },
];

/** Every field a reason may be given for, in the order the page shows them. */
export const reviewableFields = (application: VerificationApplication): VerificationField[] =>
  reviewSections
    .filter((section) => section.applies(application))
    .flatMap((section) => [...section.fields, section.document]);

/**
 * A hint for the moderator, not a rule: a company that says it owns the trademark while the certificate
 * names someone else is the most common reason for rejection.
 */
export function ownerDiffersFromCompany(application: VerificationApplication): boolean {
  const owner = application.trademarkOwner.trim().toLowerCase();
  const company = application.companyName.trim().toLowerCase();
  return application.applicantOwnsTrademark && owner !== '' && company !== '' && owner !== company;
}
