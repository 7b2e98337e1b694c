import { DateField, NumberField, SelectField, SimpleShowLayout, TextField } from 'react-admin';
import type { Product } from '../api';
import { GuardedShow } from '../components/GuardedShow';
import { MoneyField } from '../components/MoneyField';
import { ProductStatusChip } from './ProductStatusChip';
import { categoryChoices } from './productChoices';

/** What agents see (they may not edit); the Edit button appears only for roles that may. */
export const ProductShow = () => (
  <GuardedShow<Product>>
    <SimpleShowLayout>
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
