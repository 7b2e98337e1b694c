import { Stack } from '@mui/material';
import { NumberInput, SelectInput } from 'react-admin';
import { productClaimFields } from '../api/schemas/products';
import { ClaimCheckedInput } from '../components/claims';
import { MoneyInput } from '../components/MoneyInput';
import { VersionInput } from '../components/VersionInput';
import { categoryChoices } from './productChoices';
import { productValidators as validate } from './productValidation';

// react-admin turns a cleared text box into null; the platform wants "" for optional texts.
const keepText = (value: string) => value;

/** The product form, shared by ProductCreate and ProductEdit. */
export const ProductInputs = () => (
  <>
    <VersionInput />
    <ClaimCheckedInput
      source="title"
      claimField={productClaimFields.title}
      validate={validate.title}
      helperText="resources.products.helpers.title"
    />
    <ClaimCheckedInput
      source="titleEn"
      claimField={productClaimFields.titleEn}
      validate={validate.titleEn}
      parse={keepText}
    />
    <SelectInput source="category" choices={categoryChoices} validate={validate.category} />
    <ClaimCheckedInput
      source="description"
      claimField={productClaimFields.description}
      validate={validate.description}
      parse={keepText}
      multiline
      minRows={4}
    />
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2} sx={{ width: '100%' }}>
      <MoneyInput source="priceFen" validate={validate.priceFen} />
      <MoneyInput
        source="listPriceFen"
        validate={validate.listPriceFen}
        helperText="resources.products.helpers.listPriceFen"
      />
      <NumberInput source="stock" validate={validate.stock} min={0} step={1} />
    </Stack>
  </>
);
