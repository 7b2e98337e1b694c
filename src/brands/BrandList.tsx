import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, SearchInput, SelectField, SimpleList } from 'react-admin';
import type { Brand } from '../api';
import { CountryField } from './CountryField';
import { tradeModelChoices } from './brandChoices';

const Column = DataTable.Col<Brand>;

const brandFilters = [<SearchInput key="q" source="q" alwaysOn />];

/** Moderators read every brand; nobody changes a brand's content from here. */
export const BrandList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List<Brand> filters={brandFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
      {isSmall ? (
        <SimpleList<Brand>
          primaryText={(brand) => brand.name}
          secondaryText={(brand) => brand.nameEn}
          rowClick="show"
        />
      ) : (
        <DataTable<Brand> rowClick="show" bulkActionButtons={false}>
          <Column source="name" />
          <Column source="nameEn" />
          <Column source="country">
            <CountryField source="country" />
          </Column>
          <Column source="tradeModel">
            <SelectField source="tradeModel" choices={tradeModelChoices} />
          </Column>
          <Column source="category" />
        </DataTable>
      )}
    </List>
  );
};
