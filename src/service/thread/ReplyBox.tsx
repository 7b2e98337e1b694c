import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Box, Button, IconButton, ToggleButton, ToggleButtonGroup, Tooltip, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import SendIcon from '@mui/icons-material/Send';
import LockIcon from '@mui/icons-material/Lock';
import BoltIcon from '@mui/icons-material/Bolt';
import { useTranslate } from 'react-admin';
import type { Conversation, QuickReply } from '../../api';
import { fillTemplate } from '../../domain/service';
import { QuickReplyPicker } from './QuickReplyPicker';
import { onReplyBoxFocus, type ReplyMode } from './replyBoxFocus';
import { ReplyTextArea } from './ReplyTextArea';
import { useReplyComposer } from './useReplyComposer';
import { useTemplateValues } from './useTemplateValues';

export interface ReplyBoxProps {
  conversation: Conversation;
  /** Someone else handles the conversation: only internal notes. */
  noteOnly: boolean;
  /** Nobody handles it yet: replying takes it. */
  takesOnSend: boolean;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The composer pinned under the thread: a reply to the buyer or an internal note, with quick replies. */
export function ReplyBox({ conversation, noteOnly, takesOnSend }: ReplyBoxProps) {
  const translate = useTranslate();
  const [chosenMode, setMode] = useState<ReplyMode>('reply');
  const mode: ReplyMode = noteOnly ? 'note' : chosenMode;
  const composer = useReplyComposer(conversation, mode);
  const values = useTemplateValues(conversation);
  const [picking, setPicking] = useState(false);
  const textRef = useRef<HTMLTextAreaElement | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(
    () =>
      onReplyBoxFocus((requested) => {
        setMode(requested);
        setFocusRequest((count) => count + 1);
      }),
    [],
  );
  useEffect(() => {
    if (focusRequest > 0) textRef.current?.focus();
  }, [focusRequest]);

  const onChange = (next: string) => {
    // "/" typed into an empty box opens the quick replies, as in most chat tools.
    if (mode === 'reply' && composer.value === '' && next === '/') {
      setPicking(true);
      return;
    }
    composer.setValue(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      composer.send();
    }
  };

  const insertQuickReply = (reply: QuickReply) => {
    setPicking(false);
    const filled = fillTemplate(reply.body, values);
    const input = textRef.current;
    const at = input?.selectionStart ?? composer.value.length;
    const end = input?.selectionEnd ?? at;
    composer.setValue(composer.value.slice(0, at) + filled.text + composer.value.slice(end));
    setFocusRequest((count) => count + 1);
  };

  const hint = [
    translate(isMac ? 'service.thread.reply.hint_mac' : 'service.thread.reply.hint'),
    mode === 'note' ? translate('service.thread.reply.note_hint') : null,
    mode === 'reply' && takesOnSend ? translate('service.thread.reply.takes_hint') : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <Box
      component="section"
      aria-label={translate('service.thread.reply.region')}
      sx={(theme) => ({
        p: { xs: 1, sm: 1.5 },
        borderTop: 1,
        borderColor: mode === 'note' ? 'warning.main' : 'divider',
        bgcolor: mode === 'note' ? alpha(theme.palette.warning.main, 0.08) : 'background.paper',
      })}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1, flexWrap: 'wrap' }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={mode}
          onChange={(_, next: ReplyMode | null) => next && setMode(next)}
          aria-label={translate('service.thread.reply.mode')}
        >
          <ToggleButton value="reply" disabled={noteOnly}>
            {translate('service.thread.reply.mode_reply')}
          </ToggleButton>
          <ToggleButton value="note" color="warning">
            <LockIcon sx={{ fontSize: 16, mr: 0.5 }} aria-hidden />
            {translate('service.thread.reply.mode_note')}
          </ToggleButton>
        </ToggleButtonGroup>
        {mode === 'reply' ? (
          <Button size="small" startIcon={<BoltIcon />} onClick={() => setPicking(true)}>
            {translate('service.thread.quick.open')}
          </Button>
        ) : null}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <ReplyTextArea
            value={composer.value}
            onChange={onChange}
            onKeyDown={onKeyDown}
            inputRef={textRef}
            label={translate(
              mode === 'note' ? 'service.thread.reply.note_label' : 'service.thread.reply.label',
            )}
            placeholder={mode === 'reply' ? translate('service.thread.reply.placeholder') : undefined}
            findings={composer.findings}
            error={composer.refusal}
            hint={hint}
          />
          {composer.unfilled.length > 0 ? (
            // A variable without a value stays in braces: the agent completes it before the buyer reads it.
            <Typography variant="body2" color="warning.main" role="status" sx={{ px: 1.5, mt: 0.5 }}>
              {translate('service.thread.quick.missing', {
                variables: composer.unfilled.map((name) => `{${name}}`).join(' '),
              })}
            </Typography>
          ) : null}
        </Box>
        <Tooltip
          title={translate(mode === 'note' ? 'service.thread.reply.save_note' : 'service.thread.reply.send')}
        >
          <span>
            <IconButton
              color={mode === 'note' ? 'warning' : 'primary'}
              aria-label={translate(
                mode === 'note' ? 'service.thread.reply.save_note' : 'service.thread.reply.send',
              )}
              disabled={composer.value.trim() === '' || composer.blocked}
              onClick={() => composer.send()}
            >
              <SendIcon />
            </IconButton>
          </span>
        </Tooltip>
      </Box>
      <QuickReplyPicker open={picking} onClose={() => setPicking(false)} onPick={insertQuickReply} />
    </Box>
  );
}
