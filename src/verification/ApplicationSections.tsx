import { useWatch } from 'react-hook-form';
import { applicationSections } from './ApplicationFields';
import { ApplicationSection } from './ApplicationSection';
import {
  ApplicationCountryField,
  ApplicationDocumentInput,
  ApplicationTextInput,
  TrademarkOwnershipInput,
} from './ApplicationInputs';

const [company, legalRep, trademark] = applicationSections;

/** The three steps of the application; each document sits next to the details it proves. */
export const ApplicationSections = ({ readOnly }: { readOnly: boolean }) => {
  const ownsTrademark = useWatch({ name: 'applicantOwnsTrademark' }) !== false;
  return (
    <>
      <ApplicationSection id={company.id} step={1} fields={company.fields}>
        <ApplicationTextInput source="companyName" readOnly={readOnly} />
        <ApplicationTextInput source="registrationNumber" readOnly={readOnly} />
        <ApplicationCountryField readOnly={readOnly} />
        <ApplicationDocumentInput source="businessLicence" readOnly={readOnly} />
      </ApplicationSection>
      <ApplicationSection id={legalRep.id} step={2} fields={legalRep.fields}>
        <ApplicationTextInput source="legalRepresentative" readOnly={readOnly} />
        <ApplicationDocumentInput source="legalRepId" readOnly={readOnly} />
      </ApplicationSection>
      <ApplicationSection id={trademark.id} step={3} fields={trademark.fields}>
        <ApplicationTextInput source="trademarkNumber" readOnly={readOnly} />
        <ApplicationTextInput source="trademarkOwner" readOnly={readOnly} />
        <ApplicationDocumentInput source="trademarkCertificate" readOnly={readOnly} />
        <TrademarkOwnershipInput readOnly={readOnly} />
        {!ownsTrademark && <ApplicationDocumentInput source="authorisationLetter" readOnly={readOnly} />}
      </ApplicationSection>
    </>
  );
};
