import { useMediaQuery, type Theme } from '@mui/material';
import {
  DataTable,
  List,
  Loading,
  Navigate,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  useCreatePath,
  useGetIdentity,
} from 'react-admin';
import type { Brand } from '../api';
import { BrandStatusChip } from './BrandStatusChip';
import { CountryField } from './CountryField';
import { categoryChoices, verificationStatusChoices } from './brandChoices';

const Column = DataTable.Col<Brand>;

const brandFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="verificationStatus"
    source="verificationStatus"
    choices={verificationStatusChoices}
    alwaysOn
  />,
];

/**
 * A brand's people have one brand, so "Brand profile" takes them straight to it. Platform moderators, who
 * belong to no brand, read the list of every brand; nobody changes a brand's content from here.
 */
export const BrandList = () => {
  const { identity, isPending } = useGetIdentity();
  const createPath = useCreatePath();
  if (isPending) return <Loading />;
  const brandId = typeof identity?.brandId === 'string' && identity.brandId !== '' ? identity.brandId : null;
  if (brandId) return <Navigate replace to={createPath({ resource: 'brands', type: 'show', id: brandId })} />;
  return <AllBrands />;
};

const AllBrands = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List<Brand> filters={brandFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
      {isSmall ? (
        <SimpleList<Brand>
          primaryText={(brand) => brand.name}
          secondaryText={(brand) => brand.nameEn}
          tertiaryText={<BrandStatusChip />}
          rowClick="show"
        />
      ) : (
        <DataTable<Brand> rowClick="show" bulkActionButtons={false}>
          <Column source="name" />
          <Column source="nameEn" />
          <Column source="country">
            <CountryField source="country" />
          </Column>
          <Column source="category">
            <SelectField source="category" choices={categoryChoices} />
          </Column>
          <Column source="verificationStatus">
            <BrandStatusChip />
          </Column>
        </DataTable>
      )}
    </List>
  );
};
