import { Badge, Box, ListItemButton, Typography } from '@mui/material';
import { memo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link, useLocation } from 'react-router-dom';
import type { Conversation } from '../../api';
import { ReplyClock } from './ReplyClock';
import { withConversation } from './selection';
import { ConversationStatusChip } from './ConversationStatusChip';

/** "14:05" today, "3 Jan" before: China time, as the service hours are. */
function useShortTime(iso: string): string {
  const [locale] = useLocaleState();
  const at = new Date(iso);
  const sameDay = new Date().toDateString() === at.toDateString();
  const tag = locale === 'zh' ? 'zh-CN' : 'en-GB';
  return at.toLocaleString(tag, {
    timeZone: 'Asia/Shanghai',
    ...(sameDay ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short' }),
  });
}

interface ConversationRowProps {
  conversation: Conversation;
  selected: boolean;
}

/** One inbox row: a link that opens the conversation beside the list, keeping the filters. */
export const ConversationRow = memo(function ConversationRow({
  conversation,
  selected,
}: ConversationRowProps) {
  const translate = useTranslate();
  const location = useLocation();
  const time = useShortTime(conversation.lastMessageAt);
  const unread = conversation.unreadCount;
  const assignee = conversation.assigneeName ?? translate('service.inbox.unassigned');
  return (
    <ListItemButton
      component={Link}
      to={withConversation(new URLSearchParams(location.search), conversation.id)}
      selected={selected}
      aria-current={selected ? 'true' : undefined}
      data-conversation-id={conversation.id}
      sx={{ alignItems: 'flex-start', gap: 1, py: 1, borderBottom: 1, borderColor: 'divider', minHeight: 76 }}
    >
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
          <Typography
            component="span"
            variant="body2"
            noWrap
            sx={{ flex: 1, minWidth: 0, fontWeight: unread > 0 ? 700 : 500 }}
          >
            {conversation.buyerName}
          </Typography>
          <Typography component="span" variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
            {time}
          </Typography>
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography
            component="span"
            variant="body2"
            color="text.secondary"
            noWrap
            sx={{ flex: 1, minWidth: 0 }}
          >
            {conversation.lastMessagePreview}
          </Typography>
          {unread > 0 && (
            <Badge
              badgeContent={unread}
              max={99}
              color="primary"
              aria-label={translate('service.inbox.unread', { smart_count: unread })}
              sx={{ mr: 1.5, '& .MuiBadge-badge': { position: 'static', transform: 'none' } }}
            />
          )}
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 0.5, flexWrap: 'wrap' }}>
          <ConversationStatusChip status={conversation.status} />
          <Typography
            component="span"
            variant="caption"
            color="text.secondary"
            noWrap
            sx={{ minWidth: 0, flex: 1 }}
          >
            {assignee}
          </Typography>
          {conversation.waitingSince && conversation.status !== 'resolved' && (
            <ReplyClock waitingSince={conversation.waitingSince} />
          )}
        </Box>
      </Box>
    </ListItemButton>
  );
});
