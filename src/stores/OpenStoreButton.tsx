import { useId, useState } from 'react';
import { Button, Stack, Typography } from '@mui/material';
import OpenIcon from '@mui/icons-material/StorefrontOutlined';
import { useFormState } from 'react-hook-form';
import { Confirm, useRecordContext, useTranslate } from 'react-admin';
import type { Store } from '../api';
import type { ChecklistKey } from './liveChecklist';
import { useOpenStore } from './useOpenStore';

interface OpenStoreButtonProps {
  /** Whether every item of the live checklist is done. */
  complete: boolean;
  onRefused: (items: ChecklistKey[]) => void;
}

/**
 * Opening is a step of its own, asked for and confirmed. It acts on the saved store (opening reloads the
 * record, which would reset the form), so it waits for unsaved changes to be saved; the reason it is off
 * is written under it, not hidden in a tooltip, so it reads on a phone and to a screen reader.
 */
export const OpenStoreButton = ({ complete, onRefused }: OpenStoreButtonProps) => {
  const store = useRecordContext<Store>();
  const translate = useTranslate();
  const { isDirty } = useFormState();
  const [confirming, setConfirming] = useState(false);
  const { mutate, isPending } = useOpenStore(store, onRefused);
  const reasonId = useId();
  if (!store || store.status === 'open') return null;

  const reason = !complete
    ? 'resources.stores.opening.incomplete'
    : isDirty
      ? 'resources.stores.opening.save_first'
      : null;
  const open = () => mutate(undefined, { onSettled: () => setConfirming(false) });
  return (
    <Stack spacing={1}>
      <Button
        variant="contained"
        startIcon={<OpenIcon />}
        disabled={reason !== null || isPending}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => setConfirming(true)}
      >
        {translate('resources.stores.opening.open')}
      </Button>
      {reason && (
        <Typography id={reasonId} variant="body2" color="text.secondary">
          {translate(reason)}
        </Typography>
      )}
      <Confirm
        isOpen={confirming}
        loading={isPending}
        title="resources.stores.opening.confirm_title"
        titleTranslateOptions={{ name: store.name }}
        content="resources.stores.opening.confirm_content"
        confirm="resources.stores.opening.open"
        onConfirm={open}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
};
