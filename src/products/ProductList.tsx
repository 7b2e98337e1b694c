import { Box, Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateField,
  FilterButton,
  List,
  SelectField,
  SimpleList,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import type { Product } from '../api';
import { MoneyField } from '../components/MoneyField';
import { NeedsAttentionButton } from './NeedsAttentionButton';
import { ProductStatusChip } from './ProductStatusChip';
import { productFilters } from './ProductFilters';
import { categoryChoices } from './productChoices';

const Column = DataTable.Col<Product>;

// No export button: the platform pages lists by at most 100, so a bulk export will be a job of its own.
const ProductListActions = () => (
  <TopToolbar>
    <NeedsAttentionButton />
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

const TitleCell = (record: Product) => (
  <Box>
    <Typography variant="body2">{record.title}</Typography>
    {record.titleEn && (
      <Typography variant="caption" color="text.secondary">
        {record.titleEn}
      </Typography>
    )}
  </Box>
);

export const ProductList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  // Agents may read but not edit: their rows open the read-only page.
  const { canAccess: canEdit } = useCanAccess({ resource: 'products', action: 'edit' });
  const rowClick = canEdit ? 'edit' : 'show';
  return (
    <List<Product>
      filters={productFilters}
      actions={<ProductListActions />}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      perPage={25}
    >
      {isSmall ? (
        <SimpleList<Product>
          primaryText={(record) => record.title}
          secondaryText={(record) => record.titleEn}
          tertiaryText={<MoneyField source="priceFen" />}
          rowClick={rowClick}
        />
      ) : (
        <DataTable<Product> rowClick={rowClick} bulkActionButtons={false}>
          <Column source="title" render={TitleCell} />
          <Column source="category">
            <SelectField source="category" choices={categoryChoices} />
          </Column>
          <Column source="status">
            <ProductStatusChip source="status" />
          </Column>
          <Column source="priceFen" align="right">
            <MoneyField source="priceFen" />
          </Column>
          <DataTable.NumberCol source="stock" />
          <Column source="updatedAt">
            <DateField source="updatedAt" showTime />
          </Column>
        </DataTable>
      )}
    </List>
  );
};
