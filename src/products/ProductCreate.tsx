import { Create, SimpleForm } from 'react-admin';
import type { Product } from '../api';
import { FormDraftKeeper } from '../components/FormDraftKeeper';
import { ProductInputs } from './ProductInputs';
import { emptySku } from './SkuEditor';
import { useBrandStore } from './useBrandStore';

// Optional parts start empty rather than missing, as the platform stores them; one SKU row to fill in.
const defaultValues = {
  titleEn: '',
  description: '',
  images: [],
  attributes: [],
  skus: [emptySku()],
  crossBorder: null,
};

/** New products start as drafts on the platform; review and listing happen elsewhere. */
export const ProductCreate = () => {
  // Asked before the form renders: it decides the cross-border fields.
  useBrandStore();
  return (
    <Create<Product> redirect="list">
      <SimpleForm defaultValues={defaultValues}>
        <FormDraftKeeper />
        <ProductInputs />
      </SimpleForm>
    </Create>
  );
};
