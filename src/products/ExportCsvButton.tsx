import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { Button, useListContext } from 'react-admin';
import { useProductExport } from './ExportDownload';

/** Every product matching the list's filters, in the list's order, as a CSV file the platform writes. */
export const ExportCsvButton = () => {
  const { filterValues, sort, total } = useListContext();
  const { mutate, isPending } = useProductExport();
  return (
    <Button
      label="resources.products.export.all"
      disabled={isPending || total === 0}
      onClick={() =>
        mutate({ params: { ...filterValues, sort: sort.field, order: sort.order }, name: 'products' })
      }
    >
      <DownloadIcon />
    </Button>
  );
};

/** The selected products only (in the bulk actions toolbar). */
export const ExportSelectedButton = () => {
  const { selectedIds } = useListContext();
  const { mutate, isPending } = useProductExport();
  return (
    <Button
      label="resources.products.export.selected"
      disabled={isPending || selectedIds.length === 0}
      onClick={() => mutate({ params: { id: selectedIds }, name: 'products-selected' })}
    >
      <DownloadIcon />
    </Button>
  );
};
