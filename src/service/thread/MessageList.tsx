import { useCallback, useEffect, useMemo, useRef } from 'react';
import { Alert, Box, Button, CircularProgress, Divider, Typography } from '@mui/material';
import { Virtuoso, type VirtuosoHandle } from 'react-virtuoso';
import { useGetIdentity, useLocaleState, useTranslate } from 'react-admin';
import type { QueuedReply } from '../../domain/service';
import { useOutbox, useQueuedReplies } from '../live';
import { MessageBubble } from './MessageBubble';
import { QueuedReplyRow } from './QueuedReplyRow';
import { threadRows, type ThreadRow } from './threadRows';
import { formatDay } from './threadTime';
import { useThreadMessages } from './useThreadMessages';

type ListRow = ThreadRow | { type: 'queued'; key: string; reply: QueuedReply };

// Virtuoso counts prepended rows by lowering firstItemIndex; starting high leaves room for any thread's past.
const FIRST_INDEX = 1_000_000;

/** The thread, virtualised: opens at the newest message, loads older pages on reaching the top, follows new ones. */
export function MessageList({ conversationId }: { conversationId: string }) {
  const translate = useTranslate();
  const thread = useThreadMessages(conversationId);
  const queued = useQueuedReplies(conversationId);
  const outbox = useOutbox();

  const rows = useMemo<ListRow[]>(
    () => [
      ...threadRows(thread.messages),
      ...queued.map((reply) => ({ type: 'queued' as const, key: `queued-${reply.key}`, reply })),
    ],
    [thread.messages, queued],
  );
  // The agent's own reply always comes into view, even when the list is no longer at its bottom (the reply
  // box grows while typing and shrinks the list): a reply sent out of sight looks lost. That holds while it
  // is queued and again when the platform's message takes its place, which adds no row Virtuoso could follow.
  const { identity } = useGetIdentity();
  const virtuoso = useRef<VirtuosoHandle>(null);
  const last = rows[rows.length - 1];
  const ownLastKey =
    last?.type === 'queued' || (last?.type === 'message' && last.message.authorId === identity?.id)
      ? last.key
      : null;
  // Only a change brings it into view: the thread opens at its newest row by itself.
  const shownOwnKey = useRef(ownLastKey);
  useEffect(() => {
    if (ownLastKey === shownOwnKey.current) return;
    shownOwnKey.current = ownLastKey;
    if (ownLastKey) virtuoso.current?.scrollToIndex({ index: 'LAST', align: 'end', behavior: 'smooth' });
  }, [ownLastKey]);
  const anchorIndex = rows.findIndex((row) => row.key === thread.anchorId);
  const firstItemIndex = FIRST_INDEX - Math.max(anchorIndex, 0);

  const { findings, retry, discard } = outbox;
  const renderRow = useCallback(
    (_: number, row: ListRow) => {
      if (row.type === 'day') return <DaySeparator dayStart={row.dayStart} />;
      if (row.type === 'message')
        return <MessageBubble message={row.message} startsGroup={row.startsGroup} />;
      return (
        <QueuedReplyRow
          reply={row.reply}
          findings={findings[row.reply.key]?.body ?? []}
          onRetry={retry}
          onDiscard={discard}
        />
      );
    },
    [findings, retry, discard],
  );

  if (thread.isPending)
    return (
      <Box sx={{ flex: 1, display: 'grid', placeItems: 'center' }}>
        <CircularProgress aria-label={translate('service.thread.loading')} />
      </Box>
    );
  if (thread.error)
    return (
      <Box sx={{ flex: 1, p: 2 }}>
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void thread.refetch()}>
              {translate('ra.action.refresh')}
            </Button>
          }
        >
          {translate('service.thread.load_error')}
        </Alert>
      </Box>
    );
  if (rows.length === 0)
    return (
      <Box sx={{ flex: 1, display: 'grid', placeItems: 'center', p: 2 }}>
        <Typography color="text.secondary">{translate('service.thread.empty')}</Typography>
      </Box>
    );

  return (
    <Box role="log" aria-label={translate('service.thread.messages_label')} sx={{ flex: 1, minHeight: 0 }}>
      <Virtuoso
        ref={virtuoso}
        key={conversationId}
        style={{ height: '100%' }}
        data={rows}
        firstItemIndex={firstItemIndex}
        initialTopMostItemIndex={{ index: 'LAST', align: 'end' }}
        followOutput={(atBottom) => (atBottom ? 'smooth' : false)}
        startReached={thread.loadOlder}
        computeItemKey={(_, row) => row.key}
        itemContent={renderRow}
        increaseViewportBy={{ top: 400, bottom: 200 }}
        components={{ Header: thread.hasOlder ? OlderLoading : NoMoreHistory, Footer: BottomGap }}
      />
    </Box>
  );
}

function DaySeparator({ dayStart }: { dayStart: number }) {
  const [locale] = useLocaleState();
  return (
    <Divider sx={{ px: 2, pt: 2, typography: 'caption', color: 'text.secondary' }} role="separator">
      {formatDay(dayStart, locale)}
    </Divider>
  );
}

function OlderLoading() {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', py: 1.5 }}>
      <CircularProgress size={20} aria-label={translate('service.thread.loading_older')} />
    </Box>
  );
}

function NoMoreHistory() {
  const translate = useTranslate();
  return (
    <Typography variant="caption" component="p" color="text.secondary" sx={{ textAlign: 'center', py: 1.5 }}>
      {translate('service.thread.start_of_conversation')}
    </Typography>
  );
}

const BottomGap = () => <Box sx={{ height: 12 }} />;
