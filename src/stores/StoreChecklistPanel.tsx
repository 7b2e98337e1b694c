import { useId } from 'react';
import { Alert, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Store } from '../api';
import { OpenStoreButton } from './OpenStoreButton';
import { StoreChecklist } from './StoreChecklist';
import { StoreStatusChip } from './StoreStatusChip';
import { focusStoreField } from './StoreSection';
import { fieldForItem, useLiveChecklist, type ChecklistKey, type StoreBrand } from './liveChecklist';

interface StoreChecklistPanelProps {
  brand: StoreBrand;
  /** Items the platform last refused the store for (on opening, or saving an open store). */
  refused: readonly ChecklistKey[];
  onRefused: (items: ChecklistKey[]) => void;
}

/**
 * Beside the store form: the status, what opening still needs (live, from what is typed), and the step
 * that opens the store. Each open item takes the keyboard to the field that fixes it.
 */
export const StoreChecklistPanel = ({ brand, refused, onRefused }: StoreChecklistPanelProps) => {
  const store = useRecordContext<Store>();
  const translate = useTranslate();
  const { items, current } = useLiveChecklist(brand);
  const headingId = useId();
  if (!store || !current) return null;

  const done = items.filter((item) => item.done).length;
  const isOpen = store.status === 'open';
  const overseas = brand.country !== 'CN';
  const select = (item: ChecklistKey) => focusStoreField(fieldForItem(item, current, overseas));
  return (
    <Paper
      component="aside"
      variant="outlined"
      aria-labelledby={headingId}
      sx={{ p: 2, position: { lg: 'sticky' }, top: { lg: 72 }, width: '100%' }}
    >
      <Stack
        direction="row"
        useFlexGap
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 1 }}
      >
        <Typography id={headingId} variant="h6" component="h2" sx={{ flexShrink: 0 }}>
          {translate('resources.stores.checklist.title')}
        </Typography>
        <StoreStatusChip />
      </Stack>
      {isOpen && done < items.length ? (
        // The platform refuses to save an open store that lost something opening required.
        <Alert severity="warning" role="status" sx={{ mb: 1 }}>
          {translate('resources.stores.checklist.open_incomplete')}
        </Alert>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {isOpen
            ? translate('resources.stores.checklist.open_hint')
            : translate('resources.stores.checklist.progress', { done, total: items.length })}
        </Typography>
      )}
      {!isOpen && (
        <LinearProgress
          variant="determinate"
          value={items.length ? (done / items.length) * 100 : 0}
          aria-label={translate('resources.stores.checklist.progress', { done, total: items.length })}
          sx={{ my: 1.5 }}
        />
      )}
      <StoreChecklist
        items={items}
        refused={refused}
        verificationPath={`/verification-applications/${brand.id}`}
        onSelect={select}
      />
      <OpenStoreButton complete={done === items.length} onRefused={onRefused} />
    </Paper>
  );
};
