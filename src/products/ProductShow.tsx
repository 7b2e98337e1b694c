import {
  DateField,
  EditButton,
  NumberField,
  SelectField,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import type { Product } from '../api';
import { GuardedShow } from '../components/GuardedShow';
import { MoneyField } from '../components/MoneyField';
import { ProductReviewBanner } from './ProductReviewBanner';
import { ProductStatusActions } from './ProductStatusActions';
import { ProductStatusChip } from './ProductStatusChip';
import { categoryChoices } from './productChoices';

// Both buttons check the access table themselves, so agents see neither.
const ProductShowActions = () => (
  <TopToolbar>
    <ProductStatusActions />
    <EditButton />
  </TopToolbar>
);

/** What agents see (they may not edit); the Edit, List and Delist buttons appear only for roles that may. */
export const ProductShow = () => (
  <GuardedShow<Product> actions={<ProductShowActions />}>
    <SimpleShowLayout>
      <ProductReviewBanner />
      <TextField source="title" />
      <TextField source="titleEn" emptyText="—" />
      <ProductStatusChip source="status" />
      <SelectField source="category" choices={categoryChoices} />
      <MoneyField source="priceFen" />
      <MoneyField source="listPriceFen" />
      <NumberField source="stock" />
      <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </GuardedShow>
);
