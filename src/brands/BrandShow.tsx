import { DateField, SelectField, SimpleShowLayout, TextField } from 'react-admin';
import type { Brand } from '../api';
import { GuardedShow } from '../components/GuardedShow';
import { CountryField } from './CountryField';
import { tradeModelChoices } from './brandChoices';

// Read-only for everyone: no edit action even if the resource ever gets an edit view.
export const BrandShow = () => (
  <GuardedShow<Brand> actions={false}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="nameEn" />
      <CountryField source="country" />
      <SelectField source="tradeModel" choices={tradeModelChoices} />
      <TextField source="category" />
      <TextField source="intro" sx={{ whiteSpace: 'pre-wrap' }} />
      <DateField source="createdAt" />
    </SimpleShowLayout>
  </GuardedShow>
);
