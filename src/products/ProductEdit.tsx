import { SimpleForm } from 'react-admin';
import type { Product } from '../api';
import { ConflictAwareEdit } from '../components/ConflictAwareEdit';
import { ConflictDialog } from '../components/ConflictDialog';
import { FormDraftKeeper } from '../components/FormDraftKeeper';
import { ProductInputs } from './ProductInputs';
import { ProductReviewBanner } from './ProductReviewBanner';
import { ProductEditToolbar } from './ProductEditToolbar';

// What this form edits; status and review belong to other flows and are neither sent nor compared.
const editableFields = [
  'title',
  'titleEn',
  'category',
  'description',
  'priceFen',
  'listPriceFen',
  'stock',
] as const;

const toUpdate = (product: Product) => ({
  version: product.version,
  ...Object.fromEntries(editableFields.map((field) => [field, product[field]])),
});

export const ProductEdit = () => (
  <ConflictAwareEdit<Product> transform={toUpdate}>
    <SimpleForm toolbar={<ProductEditToolbar />}>
      <ProductReviewBanner />
      <FormDraftKeeper />
      <ConflictDialog fields={editableFields} />
      <ProductInputs />
    </SimpleForm>
  </ConflictAwareEdit>
);
