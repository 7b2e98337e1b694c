import { useCallback, useMemo, useState } from 'react';
import {
  Alert,
  Dialog,
  DialogContent,
  DialogTitle,
  List,
  ListItemButton,
  ListItemText,
  TextField,
  Typography,
  CircularProgress,
  Box,
} from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { QuickReply } from '../../api';

export interface QuickReplyPickerProps {
  open: boolean;
  onClose: () => void;
  onPick: (reply: QuickReply) => void;
}

/** The team's quick replies, searchable by title and text; choosing one hands its template to the reply box. */
export function QuickReplyPicker({ open, onClose, onPick }: QuickReplyPickerProps) {
  const translate = useTranslate();
  const [search, setSearch] = useState('');
  const { data, isPending, error } = useGetList<QuickReply>(
    'quick-replies',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'title', order: 'ASC' } },
    { enabled: open },
  );
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (data ?? []).filter(
      (reply) => !needle || `${reply.title}\n${reply.body}`.toLowerCase().includes(needle),
    );
  }, [data, search]);

  // The agent opened the picker to search: the caret goes straight to the search box.
  const focusSearch = useCallback((input: HTMLInputElement | null) => input?.focus(), []);

  const close = () => {
    setSearch('');
    onClose();
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="quick-reply-title">
      <DialogTitle id="quick-reply-title">{translate('service.thread.quick.title')}</DialogTitle>
      <DialogContent>
        <TextField
          inputRef={focusSearch}
          fullWidth
          size="small"
          type="search"
          label={translate('service.thread.quick.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            // Enter picks the first match, so "/" + a few letters + Enter inserts without the mouse.
            if (event.key === 'Enter' && shown[0]) {
              event.preventDefault();
              setSearch('');
              onPick(shown[0]);
            }
          }}
          sx={{ mt: 1 }}
        />
        {isPending ? (
          <Box sx={{ display: 'grid', placeItems: 'center', py: 3 }}>
            <CircularProgress size={24} aria-label={translate('service.thread.quick.loading')} />
          </Box>
        ) : error ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {translate('service.thread.quick.load_error')}
          </Alert>
        ) : shown.length === 0 ? (
          <Typography color="text.secondary" sx={{ py: 3, textAlign: 'center' }}>
            {translate(data?.length ? 'service.thread.quick.no_match' : 'service.thread.quick.empty')}
          </Typography>
        ) : (
          <List aria-label={translate('service.thread.quick.list')} sx={{ mt: 1 }}>
            {shown.map((reply) => (
              <ListItemButton
                key={reply.id}
                onClick={() => {
                  setSearch('');
                  onPick(reply);
                }}
              >
                <ListItemText
                  primary={reply.title}
                  secondary={reply.body}
                  slotProps={{ secondary: { sx: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } } }}
                />
              </ListItemButton>
            ))}
          </List>
        )}
      </DialogContent>
    </Dialog>
  );
}
