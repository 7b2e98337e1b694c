import { Box, useMediaQuery, type Theme } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useCanAccess, useGetIdentity, useGetOne, useStore } from 'react-admin';
import type { VirtuosoHandle } from 'react-virtuoso';
import type { Conversation } from '../api';
import { ServiceLiveProvider } from './live';
import { focusReplyBox } from './thread/replyBoxFocus';
import { InboxPane } from './inbox/InboxPane';
import { useInboxFilters } from './inbox/inboxFilters';
import { ContextPane, SelectedConversationPane } from './inbox/SelectedConversationPane';
import { useSelectedConversation } from './inbox/selection';
import { useConversationCache } from './inbox/useConversationCache';
import { useConversationCommands } from './inbox/useConversationCommands';
import { useInboxNavigation } from './inbox/useInboxNavigation';
import { useInboxQuery } from './inbox/useInboxQuery';
import { useLiveInbox } from './inbox/useLiveInbox';
import { useMarkRead } from './inbox/useMarkRead';
import { INBOX_LIST_ATTRIBUTE } from './shortcuts/shortcutKeys';
import { ShortcutHelpDialog } from './shortcuts/ShortcutHelpDialog';
import { useWorkbenchShortcuts } from './shortcuts/useWorkbenchShortcuts';
import { WorkbenchHeader } from './WorkbenchHeader';

/** The customer-service workbench at /conversations: inbox, thread and buyer context, kept live. */
export const Workbench = () => (
  <ServiceLiveProvider>
    <WorkbenchPage />
  </ServiceLiveProvider>
);

/** The page fills the window below the app bar; only its panes scroll. Answers a ref callback and the height. */
function useViewportFill() {
  const [node, setNode] = useState<HTMLElement | null>(null);
  const [top, setTop] = useState(64);
  const measure = useCallback((element: HTMLElement | null) => {
    setNode(element);
    if (element) setTop(element.getBoundingClientRect().top + window.scrollY);
  }, []);
  useEffect(() => {
    if (!node) return;
    // The app bar is taller on wide screens: measure again when the window changes size.
    const onResize = () => setTop(node.getBoundingClientRect().top + window.scrollY);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [node]);
  return [measure, `calc(100dvh - ${top}px)`] as const;
}

function WorkbenchPage() {
  const compact = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  const { identity } = useGetIdentity();
  const userId = identity ? String(identity.id) : null;
  const { canAccess: canEdit = false } = useCanAccess({ resource: 'conversations', action: 'edit' });
  const { filters, setFilters } = useInboxFilters(canEdit ? 'mine' : 'all');
  const query = useInboxQuery(filters);
  const { selectedId, select } = useSelectedConversation();
  const selected = useGetOne<Conversation>(
    'conversations',
    { id: selectedId ?? '' },
    { enabled: selectedId !== null },
  );
  const conversation = selectedId ? selected.data : undefined;
  const put = useConversationCache(userId);
  useLiveInbox(userId);
  useMarkRead(conversation, canEdit, put);
  const commands = useConversationCommands(conversation, userId);

  const [contextOpen, setContextOpen] = useStore('service.workbench.contextOpen', true);
  const [compactContext, setCompactContext] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [shortcutsOn, setShortcutsOn] = useStore('service.shortcuts.enabled', true);
  const virtuosoRef = useRef<VirtuosoHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const loadMore = () => {
    if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
  };
  const move = useInboxNavigation(query.rows, selectedId, select, virtuosoRef, loadMore);
  const whenEditable = (action: () => void) => () => {
    if (canEdit && conversation) action();
  };
  useWorkbenchShortcuts(
    {
      next: () => move(1),
      previous: () => move(-1),
      reply: whenEditable(() => focusReplyBox('reply')),
      note: whenEditable(() => focusReplyBox('note')),
      resolve: whenEditable(commands.resolve),
      take: whenEditable(() => {
        if (conversation?.assigneeId !== userId) commands.take();
      }),
      search: () => searchRef.current?.focus(),
      help: () => setHelpOpen(true),
    },
    shortcutsOn && !helpOpen,
  );

  const [fillRef, fillHeight] = useViewportFill();
  const pane = !compact
    ? 'all'
    : !selectedId
      ? 'list'
      : compactContext && conversation
        ? 'context'
        : 'thread';
  const showContext = conversation && (compact ? pane === 'context' : contextOpen);
  return (
    <Box ref={fillRef} sx={{ height: fillHeight, display: 'flex', flexDirection: 'column', minWidth: 0 }}>
      <WorkbenchHeader onHelp={() => setHelpOpen(true)} />
      <Box
        sx={{
          flex: 1,
          minHeight: 0,
          display: 'grid',
          gridTemplateColumns: compact ? '1fr' : `340px minmax(0, 1fr)${showContext ? ' 320px' : ''}`,
          '& > *': { minHeight: 0, minWidth: 0 },
        }}
      >
        {(pane === 'all' || pane === 'list') && (
          <Box
            {...{ [INBOX_LIST_ATTRIBUTE]: '' }}
            sx={{ borderRight: { md: 1 }, borderColor: { md: 'divider' } }}
          >
            <InboxPane
              filters={filters}
              setFilters={setFilters}
              query={query}
              selectedId={selectedId}
              virtuosoRef={virtuosoRef}
              searchRef={searchRef}
            />
          </Box>
        )}
        {(pane === 'all' || pane === 'thread') && (
          <SelectedConversationPane
            conversation={conversation}
            isPending={selectedId !== null && selected.isPending}
            error={selected.error}
            selectedId={selectedId}
            commands={commands}
            canEdit={canEdit}
            userId={userId}
            compact={compact}
            onBack={() => {
              setCompactContext(false);
              select(null);
            }}
            contextOpen={!compact && contextOpen}
            onToggleContext={() => (compact ? setCompactContext(true) : setContextOpen(!contextOpen))}
          />
        )}
        {showContext && (
          <Box sx={{ borderLeft: { md: 1 }, borderColor: { md: 'divider' } }}>
            <ContextPane
              conversation={conversation}
              compact={compact}
              onClose={() => setCompactContext(false)}
            />
          </Box>
        )}
      </Box>
      <ShortcutHelpDialog
        open={helpOpen}
        onClose={() => setHelpOpen(false)}
        enabled={shortcutsOn}
        onEnabledChange={setShortcutsOn}
      />
    </Box>
  );
}
