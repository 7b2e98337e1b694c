import { Stack } from '@mui/material';
import { SelectInput } from 'react-admin';
import { brandClaimFields } from '../api';
import { ClaimCheckedInput } from '../components/claims';
import { FileUploadInput } from '../components/uploads';
import { VersionInput } from '../components/VersionInput';
import { CountryInput } from './CountryInput';
import { categoryChoices } from './brandChoices';
import { brandValidators as validate } from './brandValidation';

// react-admin turns a cleared text box into null; the platform wants "" for optional texts.
const keepText = (value: string) => value;

/** The official account profile: names and intro are checked for banned claims as the brand types. */
export const BrandInputs = () => (
  <>
    <VersionInput />
    <FileUploadInput source="logo" purpose="logo" />
    <ClaimCheckedInput
      source="name"
      claimField={brandClaimFields.name}
      validate={validate.name}
      helperText="resources.brands.helpers.name"
    />
    <ClaimCheckedInput
      source="nameEn"
      claimField={brandClaimFields.nameEn}
      validate={validate.nameEn}
      parse={keepText}
      helperText="resources.brands.helpers.nameEn"
    />
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2} sx={{ width: '100%' }}>
      <SelectInput
        source="category"
        choices={categoryChoices}
        validate={validate.category}
        sx={{ flex: 1 }}
      />
      <CountryInput
        source="country"
        validate={validate.country}
        helperText="resources.brands.helpers.country"
        sx={{ flex: 1 }}
      />
    </Stack>
    <ClaimCheckedInput
      source="intro"
      claimField={brandClaimFields.intro}
      validate={validate.intro}
      parse={keepText}
      helperText="resources.brands.helpers.intro"
      multiline
      minRows={4}
    />
  </>
);
