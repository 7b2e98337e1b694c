import ImportIcon from '@mui/icons-material/UploadFileOutlined';
import ProductIcon from '@mui/icons-material/Inventory2Outlined';
import { Link } from 'react-router-dom';
import {
  Alert,
  Box,
  Card,
  CardActionArea,
  Checkbox,
  Skeleton,
  Stack,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import {
  Button,
  CreateButton,
  DataTable,
  DateField,
  FilterButton,
  LinkBase,
  List,
  ListNoResults,
  Pagination,
  RecordContextProvider,
  SelectField,
  TopToolbar,
  useCanAccess,
  useCreatePath,
  useListContext,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Product } from '../api';
import { errorMessage } from '../components/httpErrors';
import { formatFen } from '../domain/money';
import { BulkActionButtons, BulkActionsBar, BulkActionsPhoneBar } from './BulkActionsBar';
import { BulkReportProvider } from './BulkReport';
import { ExportCsvButton } from './ExportCsvButton';
import { NeedsAttentionButton } from './NeedsAttentionButton';
import { ProductStatusChip } from './ProductStatusChip';
import { StockPresetMenu, productFilters } from './ProductFilters';
import { LOW_STOCK_THRESHOLD, categoryChoices } from './productChoices';
import { counted } from './BulkCount';

const Column = DataTable.Col<Product>;

const ImportCsvButton = () => {
  const { canAccess } = useCanAccess({ resource: 'product-imports', action: 'create' });
  if (!canAccess) return null;
  return (
    <Button component={LinkBase} label="resources.products.list.import_csv" to="/product-imports/create">
      <ImportIcon />
    </Button>
  );
};

const ProductListActions = () => (
  <TopToolbar>
    <NeedsAttentionButton />
    <StockPresetMenu />
    <FilterButton />
    <ExportCsvButton />
    <ImportCsvButton />
    <CreateButton />
  </TopToolbar>
);

/** The lowest SKU price, which the platform keeps as `priceFen`; "from" when the SKUs' prices differ. */
export const ProductPriceField = () => {
  const record = useRecordContext<Product>();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  if (!record || !Number.isSafeInteger(record.priceFen)) return null;
  const price = formatFen(record.priceFen, locale);
  const varies = new Set(record.skus.map((sku) => sku.priceFen)).size > 1;
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {varies ? translate('resources.products.list.price_from', { price }) : price}
    </Typography>
  );
};

/** Total stock of the SKUs; out of stock and low stock stand out, in words as well as colour. */
export const ProductStockField = () => {
  const record = useRecordContext<Product>();
  const translate = useTranslate();
  if (!record) return null;
  const level = record.stock === 0 ? 'out' : record.stock <= LOW_STOCK_THRESHOLD ? 'low' : null;
  return (
    <Typography
      component="span"
      variant="body2"
      color={level === 'out' ? 'error' : level === 'low' ? 'warning' : 'textPrimary'}
      sx={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {level ? translate(`resources.products.list.stock_${level}`, { count: record.stock }) : record.stock}
    </Typography>
  );
};

/** The Chinese title, with the English name and the number of SKUs beneath it. */
const ProductTitleField = () => {
  const record = useRecordContext<Product>();
  const translate = useTranslate();
  if (!record) return null;
  const skus = translate('resources.products.list.sku_count', counted(record.skus.length));
  return (
    <Box>
      <Typography variant="body2">{record.title}</Typography>
      <Typography variant="caption" color="text.secondary">
        {[record.titleEn, skus].filter(Boolean).join(' · ')}
      </Typography>
    </Box>
  );
};

/** Phones get cards (a table does not fit 375 px); editors tick them for bulk actions like table rows. */
const ProductCards = ({ rowClick, selectable }: { rowClick: 'edit' | 'show'; selectable: boolean }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data, isPending, selectedIds, onToggleItem } = useListContext<Product>();
  if (isPending) {
    return (
      <Stack spacing={1} sx={{ p: 1 }} aria-busy="true" aria-label={translate('ra.page.loading')}>
        {[0, 1, 2].map((key) => (
          <Skeleton key={key} variant="rounded" height={88} />
        ))}
      </Stack>
    );
  }
  if (!data?.length) return <ListNoResults />;
  return (
    <>
      {selectable && <BulkActionsPhoneBar />}
      <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 1, m: 0 }}>
        {data.map((record) => (
          <Card component="li" key={record.id} variant="outlined" sx={{ display: 'flex' }}>
            <RecordContextProvider value={record}>
              {selectable && (
                <Checkbox
                  checked={selectedIds.includes(record.id)}
                  onChange={() => onToggleItem(record.id)}
                  slotProps={{
                    input: {
                      'aria-label': translate('resources.products.list.select', { title: record.title }),
                    },
                  }}
                  sx={{ alignSelf: 'flex-start' }}
                />
              )}
              <CardActionArea
                component={Link}
                to={createPath({ resource: 'products', id: record.id, type: rowClick })}
                sx={{ p: 1.5 }}
              >
                <ProductTitleField />
                <Stack direction="row" spacing={1.5} alignItems="center" sx={{ mt: 1, flexWrap: 'wrap' }}>
                  <ProductStatusChip source="status" />
                  <ProductPriceField />
                  <ProductStockField />
                </Stack>
              </CardActionArea>
            </RecordContextProvider>
          </Card>
        ))}
      </Stack>
    </>
  );
};

const ProductsEmpty = () => {
  const translate = useTranslate();
  const { canAccess: canCreate } = useCanAccess({ resource: 'products', action: 'create' });
  return (
    <Stack alignItems="center" spacing={2} sx={{ py: 6, px: 2, textAlign: 'center' }}>
      <ProductIcon sx={{ fontSize: 64, color: 'text.disabled' }} />
      <Typography variant="h5" component="p">
        {translate('resources.products.empty')}
      </Typography>
      {canCreate && (
        <>
          <Typography color="text.secondary">{translate('resources.products.list.invite')}</Typography>
          <Stack direction="row" spacing={1}>
            <CreateButton variant="contained" />
            <ImportCsvButton />
          </Stack>
        </>
      )}
    </Stack>
  );
};

const ProductListError = () => {
  const translate = useTranslate();
  const { error, refetch } = useListContext();
  return (
    <Alert
      severity="error"
      sx={{ m: 2 }}
      action={<Button label="resources.products.list.retry" onClick={() => refetch()} />}
    >
      {translate('resources.products.list.error')} {translate(errorMessage(error))}
    </Alert>
  );
};

const pagination = <Pagination rowsPerPageOptions={[25, 50, 100]} />;

/**
 * Paged, sorted and filtered by the platform (a brand may have 10,000 products): the console only ever holds
 * one page. Filters, sort and page live in the URL, so a reload or a shared link shows the same list.
 */
export const ProductList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  // Agents may read but not edit: their rows open the read-only page and they select nothing.
  const { canAccess: canEdit } = useCanAccess({ resource: 'products', action: 'edit' });
  const rowClick = canEdit ? 'edit' : 'show';
  return (
    <List<Product>
      filters={productFilters}
      actions={<ProductListActions />}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      perPage={25}
      pagination={pagination}
      empty={<ProductsEmpty />}
      error={<ProductListError />}
      exporter={false}
    >
      <BulkReportProvider>
        {isSmall ? (
          <ProductCards rowClick={rowClick} selectable={canEdit === true} />
        ) : (
          <DataTable<Product>
            rowClick={rowClick}
            bulkActionButtons={canEdit ? <BulkActionButtons /> : false}
            bulkActionsToolbar={canEdit ? <BulkActionsBar /> : undefined}
          >
            <Column source="title">
              <ProductTitleField />
            </Column>
            <Column source="category">
              <SelectField source="category" choices={categoryChoices} />
            </Column>
            <Column source="status">
              <ProductStatusChip source="status" />
            </Column>
            <Column source="priceFen" align="right">
              <ProductPriceField />
            </Column>
            <Column source="stock" align="right">
              <ProductStockField />
            </Column>
            <Column source="updatedAt">
              <DateField source="updatedAt" showTime />
            </Column>
          </DataTable>
        )}
      </BulkReportProvider>
    </List>
  );
};
