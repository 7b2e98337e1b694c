import { SimpleForm } from 'react-admin';
import type { Product } from '../api';
import { ConflictAwareEdit } from '../components/ConflictAwareEdit';
import { ConflictDialog } from '../components/ConflictDialog';
import { FormDraftKeeper } from '../components/FormDraftKeeper';
import { ProductInputs } from './ProductInputs';
import { ProductReviewBanner } from './ProductReviewBanner';
import { ProductEditToolbar } from './ProductEditToolbar';
import { useBrandStore } from './useBrandStore';

// What this form edits; status and review belong to other flows and are neither sent nor compared.
// priceFen and stock are the platform's sums of the SKUs: read-only.
const editableFields = [
  'title',
  'titleEn',
  'category',
  'description',
  'images',
  'skus',
  'attributes',
  'crossBorder',
] as const;

const toUpdate = (product: Product) => ({
  version: product.version,
  ...Object.fromEntries(editableFields.map((field) => [field, product[field]])),
});

export const ProductEdit = () => {
  // Asked alongside the product rather than once the form is up: it decides the cross-border fields.
  useBrandStore();
  return (
    <ConflictAwareEdit<Product> transform={toUpdate}>
      <SimpleForm toolbar={<ProductEditToolbar />}>
        <ProductReviewBanner />
        <FormDraftKeeper />
        <ConflictDialog fields={editableFields} />
        <ProductInputs />
      </SimpleForm>
    </ConflictAwareEdit>
  );
};
