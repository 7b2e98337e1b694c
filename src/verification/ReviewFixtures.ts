// Test support (imported by *.test.tsx only): Nordic Bloom's application filled in and submitted through
// the real platform, as its admin would, so the moderators' queue has a request to decide.
import type { FileRef, UploadedFile, VerificationApplication } from '../api';
import { dataProvider } from '../api/dataProvider';
import { getRecord, signIn } from '../test/renderWithPlatform';

export const NORDBLOOM = 'brand-nordbloom';
const RESOURCE = 'verification-applications';

// The smallest valid PNG (1 × 1): the platform checks an image's header, not only its declared type.
const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const pngFile = (name: string) =>
  new File([Uint8Array.from(atob(TINY_PNG), (char) => char.charCodeAt(0))], name, { type: 'image/png' });

const toRef = ({ id, name, contentType, url }: UploadedFile): FileRef => ({ id, name, contentType, url });

const uploadDocument = async (name: string) =>
  toRef(await dataProvider.uploadFile(pngFile(name), 'document', name));

/** What Nordic Bloom's admin types; the trademark is the company's own unless told otherwise. */
export const nordbloomDetails = {
  companyName: 'Nordbloom AB',
  registrationNumber: '556677-8899',
  companyCountry: 'SE',
  legalRepresentative: 'Astrid Lindqvist',
  trademarkNumber: 'G1234567',
  trademarkOwner: 'Nordbloom AB',
  applicantOwnsTrademark: true,
};

/**
 * Signs in as Nordic Bloom's admin, uploads the documents, fills in and submits the application, then
 * signs in as the moderator. Answers the submitted application as the moderator reads it.
 */
export async function submitNordbloomApplication(
  overrides: Partial<typeof nordbloomDetails> = {},
): Promise<VerificationApplication> {
  await signIn('admin@nordbloom.example');
  const draft = await getRecord<VerificationApplication>(RESOURCE, NORDBLOOM);
  const documents = {
    businessLicence: await uploadDocument('licence.png'),
    legalRepId: await uploadDocument('id-card.png'),
    trademarkCertificate: await uploadDocument('trademark.png'),
    authorisationLetter:
      overrides.applicantOwnsTrademark === false ? await uploadDocument('authorisation.png') : null,
  };
  const { data: filled } = await dataProvider.update<VerificationApplication>(RESOURCE, {
    id: NORDBLOOM,
    data: { version: draft.version, ...nordbloomDetails, ...overrides, ...documents },
    previousData: draft,
  });
  await dataProvider.command(RESOURCE, NORDBLOOM, 'submit', { version: filled.version });
  await signIn();
  return getRecord<VerificationApplication>(RESOURCE, NORDBLOOM);
}
