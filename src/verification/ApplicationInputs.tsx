import { BooleanInput, TextInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import {
  verificationApplicationSchema,
  type VerificationDocumentField,
  type VerificationField,
} from '../api';
import { zodValidator } from '../components/zodValidator';
import { FileUploadInput } from '../components/uploads';
import { ApplicationCountryInput } from './ApplicationCountryInput';
import { RejectionHighlight, useApplicationFieldNote } from './ApplicationFieldNote';
import { fieldId } from './ApplicationFields';

// react-admin turns a cleared text box into null; the platform keeps "" for a field not filled in yet.
const keepText = (value: string | null) => value ?? '';

const shape = verificationApplicationSchema.shape;
// Built once: react-admin registers an input's validators when it mounts.
const validators = {
  companyName: zodValidator(shape.companyName),
  registrationNumber: zodValidator(shape.registrationNumber),
  legalRepresentative: zodValidator(shape.legalRepresentative),
  trademarkNumber: zodValidator(shape.trademarkNumber),
  trademarkOwner: zodValidator(shape.trademarkOwner),
  companyCountry: zodValidator(shape.companyCountry),
};

interface FieldProps<Field extends VerificationField> {
  source: Field;
  readOnly: boolean;
}

type ApplicationTextField =
  'companyName' | 'registrationNumber' | 'legalRepresentative' | 'trademarkNumber' | 'trademarkOwner';

/** A text of the application: the contract's own limits, the moderators' reasons on it when rejected. */
export const ApplicationTextInput = ({ source, readOnly }: FieldProps<ApplicationTextField>) => {
  const { rejected, note } = useApplicationFieldNote(source);
  return (
    <RejectionHighlight rejected={rejected}>
      <TextInput
        id={fieldId(source)}
        source={source}
        readOnly={readOnly}
        helperText={note}
        validate={validators[source]}
        parse={keepText}
        fullWidth
      />
    </RejectionHighlight>
  );
};

export const ApplicationCountryField = ({ readOnly }: { readOnly: boolean }) => {
  const { rejected, note } = useApplicationFieldNote('companyCountry');
  return (
    <RejectionHighlight rejected={rejected}>
      <ApplicationCountryInput
        id={fieldId('companyCountry')}
        source="companyCountry"
        readOnly={readOnly}
        helperText={note}
        validate={validators.companyCountry}
        parse={keepText}
        fullWidth
      />
    </RejectionHighlight>
  );
};

/** A scan of a document (image or PDF), checked for type and size before it is sent. */
export const ApplicationDocumentInput = ({ source, readOnly }: FieldProps<VerificationDocumentField>) => {
  const { rejected, note } = useApplicationFieldNote(source);
  return (
    <RejectionHighlight rejected={rejected}>
      <FileUploadInput
        id={fieldId(source)}
        source={source}
        purpose="document"
        readOnly={readOnly}
        helperText={note}
      />
    </RejectionHighlight>
  );
};

/** "We own the trademark": when off, the owner's authorisation letter becomes required and appears. */
export const TrademarkOwnershipInput = ({ readOnly }: { readOnly: boolean }) => {
  const translate = useTranslate();
  const ownsTrademark = useWatch({ name: 'applicantOwnsTrademark' }) !== false;
  const { rejected, note } = useApplicationFieldNote(
    'applicantOwnsTrademark',
    translate(`verification.helpers.applicantOwnsTrademark_${ownsTrademark ? 'on' : 'off'}`),
  );
  return (
    <RejectionHighlight rejected={rejected}>
      <BooleanInput
        id={fieldId('applicantOwnsTrademark')}
        source="applicantOwnsTrademark"
        readOnly={readOnly}
        helperText={note}
      />
    </RejectionHighlight>
  );
};
