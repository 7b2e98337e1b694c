import CheckCircleIcon from '@mui/icons-material/CheckCircleOutline';
import PanToolIcon from '@mui/icons-material/PanToolOutlined';
import PersonRemoveIcon from '@mui/icons-material/PersonRemoveOutlined';
import ReplayIcon from '@mui/icons-material/Replay';
import { Box, Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Conversation } from '../../api';
import { AssignMenu } from './AssignMenu';
import { ConversationStatusChip } from './ConversationStatusChip';
import { SnoozeMenu } from './SnoozeMenu';
import type { ConversationCommands } from './useConversationCommands';

interface ConversationActionsProps {
  conversation: Conversation;
  commands: ConversationCommands;
  /** Marketers read conversations: they see who has it and its status, and no buttons. */
  canEdit: boolean;
  userId: string | null;
}

/** Above the thread: who has the conversation, its status, and what staff may do with it. */
export function ConversationActions({ conversation, commands, canEdit, userId }: ConversationActionsProps) {
  const translate = useTranslate();
  const mine = conversation.assigneeId !== null && conversation.assigneeId === userId;
  const resolved = conversation.status === 'resolved';
  const busy = commands.pending;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, minWidth: 0 }}>
      <ConversationStatusChip status={conversation.status} />
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {conversation.assigneeName
          ? translate(mine ? 'service.inbox.assigned_to_you' : 'service.inbox.assigned_to', {
              name: conversation.assigneeName,
            })
          : translate('service.inbox.unassigned')}
      </Typography>
      {canEdit && (
        <Box
          role="group"
          aria-label={translate('service.inbox.actions.label')}
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, ml: { sm: 'auto' } }}
        >
          {!mine && (
            <Button
              size="small"
              variant="contained"
              startIcon={<PanToolIcon />}
              disabled={busy}
              onClick={commands.take}
            >
              {translate('service.inbox.actions.take')}
            </Button>
          )}
          <AssignMenu assigneeId={conversation.assigneeId} disabled={busy} onAssign={commands.assign} />
          {conversation.assigneeId !== null && (
            <Button size="small" startIcon={<PersonRemoveIcon />} disabled={busy} onClick={commands.release}>
              {translate('service.inbox.actions.release')}
            </Button>
          )}
          {!resolved && <SnoozeMenu disabled={busy} onSnooze={commands.snooze} />}
          {resolved || conversation.status === 'snoozed' ? (
            <Button size="small" startIcon={<ReplayIcon />} disabled={busy} onClick={commands.reopen}>
              {translate('service.inbox.actions.reopen')}
            </Button>
          ) : (
            <Button size="small" startIcon={<CheckCircleIcon />} disabled={busy} onClick={commands.resolve}>
              {translate('service.inbox.actions.resolve')}
            </Button>
          )}
        </Box>
      )}
    </Box>
  );
}
