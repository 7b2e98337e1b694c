import { useCallback, useState } from 'react';
import { Box, Button, CircularProgress, TextField, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import ScheduleIcon from '@mui/icons-material/Schedule';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import { Confirm, useTranslate } from 'react-admin';
import type { ClaimFinding } from '../../api';
import type { QueuedReply } from '../../domain/service';
import { HighlightedText } from '../../components/claims';

export interface QueuedReplyRowProps {
  reply: QueuedReply;
  /** The platform's banned-claim findings when it refused this reply. */
  findings: readonly ClaimFinding[];
  onRetry: (key: string, body: string) => void;
  onDiscard: (key: string) => void;
}

/** A reply typed but not yet confirmed by the platform, at the end of the thread, with what is happening to it. */
export function QueuedReplyRow({ reply, findings, onRetry, onDiscard }: QueuedReplyRowProps) {
  const translate = useTranslate();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const failed = reply.state === 'failed';
  // Edit was pressed to change the text: put the caret in it.
  const focusEditor = useCallback((input: HTMLTextAreaElement | null) => input?.focus(), []);
  const stateLabel = failed
    ? translate('service.thread.queued.failed', {
        reason: translate(reply.error ?? 'ra.notification.http_error', { _: reply.error ?? '' }),
      })
    : translate(`service.thread.queued.${reply.state}`);

  return (
    <Box
      component="article"
      aria-label={translate(
        reply.internal ? 'service.thread.queued.note_label' : 'service.thread.queued.label',
      )}
      sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', px: { xs: 1, sm: 2 }, pt: 1 }}
    >
      <Box
        sx={(theme) => ({
          maxWidth: { xs: '88%', sm: '75%' },
          minWidth: 0,
          px: 1.5,
          py: 1,
          borderRadius: 2,
          opacity: failed ? 1 : 0.75,
          bgcolor: reply.internal
            ? alpha(theme.palette.warning.main, 0.16)
            : alpha(theme.palette.primary.main, theme.palette.mode === 'dark' ? 0.28 : 0.12),
          border: `1px dashed ${failed ? theme.palette.error.main : theme.palette.divider}`,
        })}
      >
        {editing !== null ? (
          <TextField
            multiline
            minRows={2}
            fullWidth
            size="small"
            value={editing}
            onChange={(event) => setEditing(event.target.value)}
            label={translate('service.thread.queued.edit_label')}
            inputRef={focusEditor}
          />
        ) : (
          <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
            <HighlightedText text={reply.body} findings={findings} multiline />
          </Typography>
        )}
      </Box>
      <Typography
        variant="caption"
        role="status"
        color={failed ? 'error' : 'text.secondary'}
        sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mt: 0.25 }}
      >
        {reply.state === 'sending' ? <CircularProgress size={10} aria-hidden /> : null}
        {reply.state === 'pending' ? <ScheduleIcon sx={{ fontSize: 14 }} aria-hidden /> : null}
        {failed ? <ErrorOutlineIcon sx={{ fontSize: 14 }} aria-hidden /> : null}
        {stateLabel}
      </Typography>
      {failed ? (
        <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
          {editing !== null ? (
            <>
              <Button size="small" onClick={() => setEditing(null)}>
                {translate('ra.action.cancel')}
              </Button>
              <Button
                size="small"
                variant="contained"
                disabled={editing.trim() === ''}
                onClick={() => {
                  onRetry(reply.key, editing);
                  setEditing(null);
                }}
              >
                {translate('service.thread.queued.save_retry')}
              </Button>
            </>
          ) : (
            <>
              <Button size="small" onClick={() => setEditing(reply.body)}>
                {translate('ra.action.edit')}
              </Button>
              <Button size="small" onClick={() => onRetry(reply.key, reply.body)}>
                {translate('service.thread.queued.retry')}
              </Button>
              <Button size="small" color="error" onClick={() => setConfirming(true)}>
                {translate('service.thread.queued.discard')}
              </Button>
            </>
          )}
        </Box>
      ) : null}
      <Confirm
        isOpen={confirming}
        title="service.thread.queued.discard_title"
        content="service.thread.queued.discard_content"
        confirm="service.thread.queued.discard"
        onConfirm={() => {
          setConfirming(false);
          onDiscard(reply.key);
        }}
        onClose={() => setConfirming(false)}
      />
    </Box>
  );
}
