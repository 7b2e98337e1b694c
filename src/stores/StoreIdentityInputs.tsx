import { storeClaimFields } from '../api';
import { ClaimCheckedInput } from '../components/claims';
import { FileUploadInput } from '../components/uploads';
import { StoreFieldAnchor, StoreSection } from './StoreSection';
import { keepText, storeValidators as validate } from './storeValidation';

/** How shoppers know the store: its name and introduction are copy, checked for banned claims as typed. */
export const StoreIdentityInputs = ({ disabled }: { disabled: boolean }) => (
  <StoreSection title="resources.stores.sections.identity" description="resources.stores.helpers.identity">
    <StoreFieldAnchor field="name">
      <ClaimCheckedInput
        source="name"
        claimField={storeClaimFields.name}
        validate={validate.name}
        parse={keepText}
        helperText="resources.stores.helpers.name"
      />
    </StoreFieldAnchor>
    {/* The upload input takes "disabled" from its props only, not from the form. */}
    <StoreFieldAnchor field="logo">
      <FileUploadInput
        source="logo"
        purpose="logo"
        disabled={disabled}
        helperText="resources.stores.helpers.logo"
      />
    </StoreFieldAnchor>
    <StoreFieldAnchor field="banner">
      <FileUploadInput
        source="banner"
        purpose="banner"
        disabled={disabled}
        helperText="resources.stores.helpers.banner"
      />
    </StoreFieldAnchor>
    <StoreFieldAnchor field="intro">
      <ClaimCheckedInput
        source="intro"
        claimField={storeClaimFields.intro}
        validate={validate.intro}
        parse={keepText}
        helperText="resources.stores.helpers.intro"
        multiline
        minRows={4}
      />
    </StoreFieldAnchor>
  </StoreSection>
);
