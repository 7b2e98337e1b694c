import {
  DateField,
  EditButton,
  SelectField,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import type { Brand } from '../api';
import { GuardedShow } from '../components/GuardedShow';
import { BrandLogo } from './BrandLogo';
import { BrandVerificationPanel } from './BrandVerificationPanel';
import { CountryField } from './CountryField';
import { categoryChoices } from './brandChoices';

// EditButton asks the access table: brand admins and marketers see it, moderators and agents don't.
const BrandShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

/** The brand's official account profile and where its verification stands; read-only for platform staff. */
export const BrandShow = () => {
  const translate = useTranslate();
  return (
    <GuardedShow<Brand> actions={<BrandShowActions />}>
      <SimpleShowLayout>
        <BrandVerificationPanel />
        <BrandLogo source="logo" />
        <TextField source="name" />
        <TextField source="nameEn" emptyText="—" />
        <SelectField source="category" choices={categoryChoices} />
        <CountryField source="country" />
        <TextField
          source="intro"
          sx={{ whiteSpace: 'pre-wrap' }}
          emptyText={translate('resources.brands.no_intro')}
        />
        <DateField source="createdAt" />
      </SimpleShowLayout>
    </GuardedShow>
  );
};
