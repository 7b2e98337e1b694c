import { Chip } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Store } from '../api';
import { storeStatusColors } from './storeChoices';

interface StoreStatusChipProps {
  record?: Store;
  /** Where a column of its own shows the date, the chip says only "Open". */
  withDate?: boolean;
}

/** "Open since 3 Nov 2026" for an open store, "Not open yet" otherwise. */
export const StoreStatusChip = ({ withDate = true, ...props }: StoreStatusChipProps) => {
  const store = useRecordContext<Store>(props);
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!store) return null;
  const label =
    withDate && store.status === 'open' && store.openedAt
      ? translate('resources.stores.open_since', {
          date: new Date(store.openedAt).toLocaleDateString(locale, { dateStyle: 'medium' }),
        })
      : translate(`resources.stores.statuses.${store.status}`);
  return <Chip size="small" variant="outlined" color={storeStatusColors[store.status]} label={label} />;
};
