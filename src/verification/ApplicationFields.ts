import {
  missingForSubmit,
  type FieldRejection,
  type VerificationApplication,
  type VerificationField,
  type VerificationUpdate,
} from '../api';

/** The form's sections, in the order a brand fills them in, each with the fields it holds. */
export const applicationSections = [
  { id: 'company', fields: ['companyName', 'registrationNumber', 'companyCountry', 'businessLicence'] },
  { id: 'legal_rep', fields: ['legalRepresentative', 'legalRepId'] },
  {
    id: 'trademark',
    fields: [
      'trademarkNumber',
      'trademarkOwner',
      'applicantOwnsTrademark',
      'trademarkCertificate',
      'authorisationLetter',
    ],
  },
] as const satisfies ReadonlyArray<{ id: string; fields: readonly VerificationField[] }>;

/** Everything the brand fills in; status, dates, rejections and history belong to the platform. */
export const editableFields = applicationSections.flatMap((section) => section.fields);

export const toApplicationUpdate = (values: Partial<VerificationApplication>): VerificationUpdate => ({
  version: values.version ?? 0,
  ...Object.fromEntries(
    editableFields.filter((field) => field in values).map((field) => [field, values[field]]),
  ),
});

/** The brand changes its application only while it is its own to change. */
export const isEditableStatus = (status: VerificationApplication['status'] | undefined) =>
  status === 'draft' || status === 'rejected';

/** How many of a section's required fields are still empty in what is on screen now. */
export function missingInSection(
  values: Partial<VerificationApplication>,
  fields: readonly VerificationField[],
) {
  const missing = missingForSubmit(values);
  return fields.filter((field) => missing.includes(field)).length;
}

/** The reasons of the latest rejection for one field; none unless the application is rejected. */
export const rejectionsOf = (
  application: VerificationApplication | undefined,
  field: string,
): FieldRejection[] =>
  application?.status === 'rejected'
    ? application.rejections.filter((rejection) => rejection.field === field)
    : [];

/** The DOM id of a field's input, so the summaries at the top can move the keyboard to it. */
export const fieldId = (field: string) => `application-${field}`;

export function focusField(field: string) {
  const element = document.getElementById(fieldId(field));
  element?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  element?.focus({ preventScroll: true });
}
