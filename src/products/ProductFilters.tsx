import { Chip } from '@mui/material';
import { SearchInput, SelectInput, useTranslate } from 'react-admin';
import { LOW_STOCK_THRESHOLD, categoryChoices, statusChoices } from './productChoices';

/**
 * A filter that is either on or off (react-admin demo's QuickFilter): added from "Add filter" with its
 * defaultValue, removed with the filter's close button.
 */
const QuickFilter = ({ label }: { label: string; source: string; defaultValue: unknown }) => {
  const translate = useTranslate();
  return <Chip sx={{ mb: 1 }} label={translate(label)} />;
};

export const productFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <SelectInput key="category" source="category" choices={categoryChoices} />,
  <QuickFilter
    key="stockLte"
    source="stockLte"
    label="resources.products.filters.low_stock"
    defaultValue={LOW_STOCK_THRESHOLD}
  />,
];
