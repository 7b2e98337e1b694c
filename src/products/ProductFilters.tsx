import { useState, type MouseEvent } from 'react';
import StockIcon from '@mui/icons-material/WarehouseOutlined';
import { ListItemText, Menu, MenuItem } from '@mui/material';
import {
  Button,
  NumberInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  minValue,
  useListContext,
  useTranslate,
} from 'react-admin';
import { MoneyInput } from '../components/MoneyInput';
import { LOW_STOCK_THRESHOLD, categoryChoices, statusChoices } from './productChoices';

const atLeastZero = [minValue(0)];
// The status filter used to hold one value; lists saved in the browser from then must still open.
const asStatusList = (value: unknown) => (Array.isArray(value) ? value : value ? [value] : []);
// Filter inputs sit in one row: no extra margin, so they line up with the search box.
const flush = { my: 0 };

/**
 * Every filter maps to one platform parameter (docs/api.md, "Lists"), so the URL, the request and the inputs
 * always agree. Prices are typed in yuan and sent in fen; text that is not an amount keeps the form invalid,
 * and react-admin applies no filter from an invalid form.
 */
export const productFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput
    key="status"
    source="status"
    choices={statusChoices}
    label="resources.products.list.filters.status"
    format={asStatusList}
    sx={{ minWidth: 160 }}
    alwaysOn
  />,
  <SelectInput key="category" source="category" choices={categoryChoices} />,
  <NumberInput
    key="stockGte"
    source="stockGte"
    label="resources.products.list.filters.stock_gte"
    min={0}
    step={1}
    validate={atLeastZero}
  />,
  <NumberInput
    key="stockLte"
    source="stockLte"
    label="resources.products.list.filters.stock_lte"
    min={0}
    step={1}
    validate={atLeastZero}
  />,
  <MoneyInput
    key="priceGte"
    source="priceGte"
    label="resources.products.list.filters.price_gte"
    sx={flush}
  />,
  <MoneyInput
    key="priceLte"
    source="priceLte"
    label="resources.products.list.filters.price_lte"
    sx={flush}
  />,
];

const stockPresets = [
  { id: 'out_of_stock', stockLte: 0 },
  { id: 'low_stock', stockLte: LOW_STOCK_THRESHOLD },
] as const;

/**
 * "Out of stock" and "Low stock" are shortcuts for the "Stock at most" filter (a range starting at zero), so
 * the input shows what they did and the user can adjust it; picking the active one again clears it.
 */
export const StockPresetMenu = () => {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const active = stockPresets.find(
    (preset) => filterValues.stockLte === preset.stockLte && filterValues.stockGte === undefined,
  );

  const choose = (preset: (typeof stockPresets)[number]) => {
    setAnchor(null);
    const { stockGte: _from, stockLte: _to, ...others } = filterValues;
    if (active === preset) {
      setFilters(others, { ...displayedFilters, stockLte: false, stockGte: false });
      return;
    }
    setFilters(
      { ...others, stockLte: preset.stockLte },
      { ...displayedFilters, stockLte: true, stockGte: false },
    );
  };

  return (
    <>
      <Button
        label="resources.products.list.filters.stock"
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        color={active ? 'warning' : 'primary'}
        onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
      >
        <StockIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {stockPresets.map((preset) => (
          <MenuItem
            key={preset.id}
            role="menuitemradio"
            aria-checked={active === preset}
            selected={active === preset}
            onClick={() => choose(preset)}
          >
            <ListItemText
              primary={translate(`resources.products.list.filters.${preset.id}`, {
                count: preset.stockLte,
              })}
            />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
