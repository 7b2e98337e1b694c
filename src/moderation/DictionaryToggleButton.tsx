import { useState, type MouseEvent } from 'react';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import {
  Form,
  TextInput,
  maxLength,
  required,
  useNotify,
  useRecordContext,
  useTranslate,
  useUpdate,
} from 'react-admin';
import type { DictionaryEntry } from '../api';
import { errorMessage } from '../components/httpErrors';
import { useDictionaryChanged } from './useDictionaryChanged';

const validateNote = [required(), maxLength(500)];
// The dialog sits in the entry's record context: its form must start empty, not from the entry's own note.
const noRecord = {};

/** Enable or disable an entry, saying why; sent with the version seen so a stale screen answers 409. */
export const DictionaryToggleButton = () => {
  const entry = useRecordContext<DictionaryEntry>();
  const translate = useTranslate();
  const notify = useNotify();
  const dictionaryChanged = useDictionaryChanged();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate<DictionaryEntry>();
  if (!entry) return null;
  const action = entry.enabled ? 'disable' : 'enable';

  const submit = (values: { note?: string }) =>
    update(
      'claim-dictionary',
      {
        id: entry.id,
        data: { version: entry.version, enabled: !entry.enabled, note: values.note?.trim() ?? '' },
        previousData: entry,
      },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          void dictionaryChanged();
          notify(`moderation.dictionary.${action}d_done`, {
            type: 'success',
            messageArgs: { text: entry.text },
          });
        },
        onError: (error) => notify(errorMessage(error), { type: 'error' }),
      },
    );

  // The button sits in a clickable row: opening the dialog must not open the entry too.
  const openDialog = (event: MouseEvent) => {
    event.stopPropagation();
    setOpen(true);
  };

  return (
    <>
      <MuiButton size="small" color={entry.enabled ? 'warning' : 'primary'} onClick={openDialog}>
        {translate(`moderation.dictionary.${action}`)}
      </MuiButton>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        onClick={(event) => event.stopPropagation()}
        fullWidth
        maxWidth="xs"
        aria-labelledby={`toggle-${entry.id}-title`}
      >
        <Form record={noRecord} onSubmit={submit} defaultValues={{ note: '' }}>
          <DialogTitle id={`toggle-${entry.id}-title`}>
            {translate(`moderation.dictionary.toggle_title_${action}`, { text: entry.text })}
          </DialogTitle>
          <DialogContent>
            <DialogContentText variant="body2">
              {translate('moderation.dictionary.effective')}
            </DialogContentText>
            <TextInput
              source="note"
              label="moderation.dictionary.toggle_note"
              validate={validateNote}
              multiline
            />
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)} disabled={isPending}>
              {translate('moderation.decide.cancel')}
            </MuiButton>
            <MuiButton type="submit" variant="contained" disabled={isPending}>
              {translate('moderation.dictionary.toggle_confirm')}
            </MuiButton>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
