import { SelectInput, useRecordContext } from 'react-admin';
import { productClaimFields, type Product } from '../api';
import { ClaimCheckedInput } from '../components/claims';
import { VersionInput } from '../components/VersionInput';
import { AttributesInput } from './AttributesInput';
import { CrossBorderSection } from './CrossBorderSection';
import { FormSection } from './FormSection';
import { ImageGalleryInput } from './ImageGalleryInput';
import { categoryChoices } from './productChoices';
import { productValidators as validate } from './productValidation';
import { SkuEditor } from './SkuEditor';
import { useBrandStore } from './useBrandStore';

// react-admin turns a cleared text box into null; the platform wants "" for optional texts.
const keepText = (value: string) => value;

/**
 * The product form, shared by ProductCreate and ProductEdit. Cross-border fields (and the buyer price
 * under each SKU) appear when the brand's store sells from abroad; the tax settings come before the SKUs
 * because they decide what each SKU costs the buyer.
 */
export const ProductInputs = () => {
  const record = useRecordContext<Product>();
  const store = useBrandStore();
  const crossBorder = store.crossBorder ?? (store.error ? record?.crossBorder != null : false);
  return (
    <>
      <VersionInput />
      <FormSection title="resources.products.sections.basics">
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
      </FormSection>
      <FormSection title="resources.products.sections.images">
        <ImageGalleryInput />
      </FormSection>
      <CrossBorderSection
        show={crossBorder}
        storeFailed={Boolean(store.error)}
        tradeModelMissing={store.store !== undefined && store.store.tradeModel === null}
        onRetry={() => void store.refetch()}
      />
      <FormSection title="resources.products.sections.skus">
        <SkuEditor crossBorder={crossBorder} />
      </FormSection>
      <FormSection title="resources.products.sections.attributes">
        <AttributesInput />
      </FormSection>
    </>
  );
};
