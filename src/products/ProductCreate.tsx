import { Create, SimpleForm } from 'react-admin';
import type { Product } from '../api';
import { FormDraftKeeper } from '../components/FormDraftKeeper';
import { ProductInputs } from './ProductInputs';

// Optional texts start empty rather than missing, as the platform stores them.
const defaultValues = { titleEn: '', description: '', stock: 0 };

/** New products start as drafts on the platform; review and listing happen elsewhere. */
export const ProductCreate = () => (
  <Create<Product> redirect="list">
    <SimpleForm defaultValues={defaultValues}>
      <FormDraftKeeper />
      <ProductInputs />
    </SimpleForm>
  </Create>
);
