import { Alert, Box } from '@mui/material';
import { useCanAccess, useGetIdentity, useTranslate } from 'react-admin';
import type { Conversation } from '../../api';
import { usePresence } from '../live';
import { MessageList } from './MessageList';
import { PresenceLine } from './PresenceLine';
import { ReplyBox } from './ReplyBox';
import { TakeOverBanner } from './TakeOverBanner';

/**
 * One conversation: the messages scrolling above, who else is here, and the reply box pinned at the bottom.
 * Fills its pane (the parent gives it a height). Who may write decides the bottom: marketers read only;
 * only the assignee replies, others may leave notes or take the conversation over.
 */
export function ConversationThread({ conversation }: { conversation: Conversation }) {
  const { canAccess: mayWrite, isPending } = useCanAccess({ resource: 'conversations', action: 'edit' });
  const present = usePresence(conversation.id, mayWrite === true);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, minWidth: 0 }}>
      <MessageList conversationId={conversation.id} />
      <PresenceLine present={present} />
      {isPending ? null : mayWrite ? <ReplyArea conversation={conversation} /> : <ReadOnlyNotice />}
    </Box>
  );
}

function ReplyArea({ conversation }: { conversation: Conversation }) {
  const { identity, isPending } = useGetIdentity();
  if (isPending || !identity) return null;
  const me = String(identity.id);
  const handledByOther = conversation.assigneeId !== null && conversation.assigneeId !== me;
  return (
    <>
      {handledByOther ? <TakeOverBanner conversation={conversation} me={me} /> : null}
      <ReplyBox
        key={conversation.id}
        conversation={conversation}
        noteOnly={handledByOther}
        takesOnSend={conversation.assigneeId === null}
      />
    </>
  );
}

function ReadOnlyNotice() {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ borderRadius: 0 }}>
      {translate('service.thread.read_only')}
    </Alert>
  );
}
