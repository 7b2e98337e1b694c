import {
  DateField,
  EditButton,
  Labeled,
  SelectField,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import type { Product } from '../api';
import { GuardedShow } from '../components/GuardedShow';
import { AttributesField } from './AttributesField';
import { CrossBorderDetails } from './CrossBorderDetails';
import { ProductGallery } from './ProductGallery';
import { ProductReviewBanner } from './ProductReviewBanner';
import { ProductStatusActions } from './ProductStatusActions';
import { ProductStatusChip } from './ProductStatusChip';
import { categoryChoices } from './productChoices';
import { SkuTable } from './SkuTable';

// Both buttons check the access table themselves, so agents see neither.
const ProductShowActions = () => (
  <TopToolbar>
    <ProductStatusActions />
    <EditButton />
  </TopToolbar>
);

/** Shown only for cross-border products, with its label. */
const CrossBorderSection = () => {
  const product = useRecordContext<Product>();
  if (!product?.crossBorder) return null;
  return (
    <Labeled label="resources.products.fields.crossBorder" fullWidth>
      <CrossBorderDetails />
    </Labeled>
  );
};

/** What agents see (they may not edit); the Edit, List and Delist buttons appear only for roles that may. */
export const ProductShow = () => (
  <GuardedShow<Product> actions={<ProductShowActions />}>
    <SimpleShowLayout>
      <ProductReviewBanner />
      <Labeled label="resources.products.fields.images" fullWidth>
        <ProductGallery />
      </Labeled>
      <TextField source="title" />
      <TextField source="titleEn" emptyText="—" />
      <ProductStatusChip source="status" />
      <SelectField source="category" choices={categoryChoices} />
      <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
      <Labeled label="resources.products.fields.skus" fullWidth>
        <SkuTable />
      </Labeled>
      <CrossBorderSection />
      <Labeled label="resources.products.fields.attributes" fullWidth>
        <AttributesField />
      </Labeled>
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </GuardedShow>
);
