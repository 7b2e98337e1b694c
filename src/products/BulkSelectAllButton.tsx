import { useState } from 'react';
import { Button } from '@mui/material';
import { useDataProvider, useListContext, useNotify, useTranslate, type RaRecord } from 'react-admin';
import { errorMessage } from '../components/httpErrors';
import { counted } from './BulkCount';
import { BULK_LIMIT } from './BulkMutation';

/** The platform pages lists by at most this many rows. */
const PAGE = 100;

/**
 * Selects every product matching the filters, up to what one bulk action takes. react-admin's own button asks
 * for all of them in one page, which the platform refuses above 100 rows: this asks page by page instead.
 */
export const BulkSelectAllButton = ({ compact = false }: { compact?: boolean }) => {
  const { total = 0, data = [], filterValues, sort, selectedIds, onSelect, resource } = useListContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const translate = useTranslate();
  const [pending, setPending] = useState(false);
  const wanted = Math.min(total, BULK_LIMIT);
  if (total <= data.length || selectedIds.length >= wanted) return null;

  const selectAll = async () => {
    setPending(true);
    try {
      const pages = Array.from({ length: Math.ceil(wanted / PAGE) }, (_, index) => index + 1);
      const answers = await Promise.all(
        pages.map((page) =>
          dataProvider.getList<RaRecord>(resource, {
            pagination: { page, perPage: PAGE },
            sort,
            filter: filterValues,
          }),
        ),
      );
      onSelect(answers.flatMap((answer) => answer.data.map((record) => record.id)).slice(0, wanted));
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    // A text button on every screen size: react-admin's Button shrinks to an icon on phones, and this has none.
    <Button size="small" onClick={selectAll} disabled={pending} sx={{ ml: 1 }}>
      {translate(
        `resources.products.bulk.${total > BULK_LIMIT ? 'select_first' : 'select_all'}${compact ? '_short' : ''}`,
        counted(wanted),
      )}
    </Button>
  );
};
