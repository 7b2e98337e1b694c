import { memo } from 'react';
import { Box, Chip, Tooltip, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import LockIcon from '@mui/icons-material/Lock';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Message } from '../../api';
import { MessageContent } from './MessageContent';
import { formatMessageDateTime, formatMessageTime } from './threadTime';

export interface MessageBubbleProps {
  message: Message;
  /** The first of a run by the same author: shows the name and time. */
  startsGroup: boolean;
}

/** One message: the buyer on the left, staff and auto-replies on the right, notes amber, system lines centred. */
export const MessageBubble = memo(function MessageBubble({ message, startsGroup }: MessageBubbleProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (message.author === 'system')
    return (
      <Typography
        variant="caption"
        component="p"
        color="text.secondary"
        sx={{ textAlign: 'center', px: 2, py: 0.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {message.body} · {formatMessageTime(message.createdAt, locale)}
      </Typography>
    );

  const fromBuyer = message.author === 'buyer';
  return (
    <Box
      component="article"
      aria-label={translate(
        message.internal ? 'service.thread.message.note_label' : 'service.thread.message.label',
        { name: message.authorName, time: formatMessageDateTime(message.createdAt, locale) },
      )}
      sx={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: fromBuyer ? 'flex-start' : 'flex-end',
        px: { xs: 1, sm: 2 },
        pt: startsGroup ? 1.5 : 0.25,
      }}
    >
      {startsGroup ? (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, mb: 0.25, flexWrap: 'wrap' }}>
          <Typography variant="caption" sx={{ fontWeight: 600 }}>
            {message.authorName}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="time" dateTime={message.createdAt}>
            {formatMessageTime(message.createdAt, locale)}
          </Typography>
          {message.author === 'auto' ? (
            <Tooltip title={translate('service.thread.message.auto_hint')}>
              <Chip
                size="small"
                variant="outlined"
                label={translate('service.thread.message.auto')}
                tabIndex={0}
              />
            </Tooltip>
          ) : null}
        </Box>
      ) : null}
      <Box
        title={formatMessageDateTime(message.createdAt, locale)}
        sx={(theme) => ({
          maxWidth: { xs: '88%', sm: '75%' },
          minWidth: 0,
          px: 1.5,
          py: 1,
          borderRadius: 2,
          borderTopLeftRadius: fromBuyer && startsGroup ? 4 : undefined,
          borderTopRightRadius: !fromBuyer && startsGroup ? 4 : undefined,
          bgcolor: message.internal
            ? alpha(theme.palette.warning.main, theme.palette.mode === 'dark' ? 0.22 : 0.16)
            : fromBuyer
              ? theme.palette.action.hover
              : alpha(theme.palette.primary.main, theme.palette.mode === 'dark' ? 0.28 : 0.12),
          border: message.internal ? `1px dashed ${theme.palette.warning.main}` : '1px solid transparent',
        })}
      >
        {message.internal ? (
          <Typography
            variant="caption"
            component="p"
            sx={{ display: 'flex', alignItems: 'center', gap: 0.5, fontWeight: 600, mb: 0.5 }}
          >
            <LockIcon sx={{ fontSize: 14 }} aria-hidden />
            {translate('service.thread.message.note_badge')}
          </Typography>
        ) : null}
        <MessageContent message={message} />
      </Box>
    </Box>
  );
});
