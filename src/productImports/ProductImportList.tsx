import ImportIcon from '@mui/icons-material/UploadFileOutlined';
import { Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateField,
  List,
  SimpleList,
  TopToolbar,
  useCanAccess,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import type { ProductImport } from '../api';
import { ImportStatusChip } from './ImportStatusChip';
import { counted } from './counted';

const Column = DataTable.Col<ProductImport>;

const ImportButton = (props: { variant?: 'contained' }) => (
  <CreateButton label="product_imports.list.new" icon={<ImportIcon />} {...props} />
);

const ImportsEmpty = () => {
  const translate = useTranslate();
  const { canAccess: canImport } = useCanAccess({ resource: 'product-imports', action: 'create' });
  return (
    <Stack alignItems="center" spacing={2} sx={{ py: 6, px: 2, textAlign: 'center' }}>
      <ImportIcon sx={{ fontSize: 64, color: 'text.disabled' }} />
      <Typography variant="h5" component="p">
        {translate('product_imports.list.empty')}
      </Typography>
      <Typography color="text.secondary">{translate('product_imports.list.invite')}</Typography>
      {canImport && <ImportButton variant="contained" />}
    </Stack>
  );
};

/** The brand's import history, newest first; each job opens its report. */
export const ProductImportList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
  return (
    <List<ProductImport>
      actions={
        <TopToolbar>
          <ImportButton />
        </TopToolbar>
      }
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      empty={<ImportsEmpty />}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList<ProductImport>
          primaryText={(job) => job.fileName}
          secondaryText={(job) =>
            `${translate(`resources.product-imports.statuses.${job.status}`)} · ${translate(
              'product_imports.list.products_count',
              counted(job.status === 'completed' ? job.importedProducts : job.validProducts),
            )}`
          }
          tertiaryText={(job) => date(job.createdAt)}
          rowClick="show"
        />
      ) : (
        <DataTable<ProductImport> rowClick="show" bulkActionButtons={false}>
          <Column source="fileName" />
          <Column source="status">
            <ImportStatusChip source="status" />
          </Column>
          <DataTable.NumberCol source="totalRows" />
          <DataTable.NumberCol source="validProducts" />
          <DataTable.NumberCol source="importedProducts" />
          <Column source="createdByName" />
          <Column source="createdAt">
            <DateField source="createdAt" showTime />
          </Column>
        </DataTable>
      )}
    </List>
  );
};
