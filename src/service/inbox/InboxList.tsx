import { Alert, Box, Button, CircularProgress, Skeleton, Typography } from '@mui/material';
import { forwardRef, type HTMLAttributes, type RefObject } from 'react';
import { useTranslate } from 'react-admin';
import { Virtuoso, type VirtuosoHandle } from 'react-virtuoso';
import type { Conversation } from '../../api';
import { ConversationRow } from './ConversationRow';
import type { InboxQuery } from './useInboxQuery';

// Virtuoso renders plain divs: these give them list semantics so a screen reader announces the count.
const ListElement = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(
  function ListElement(props, ref) {
    return <div {...props} ref={ref} role="list" />;
  },
);
const ItemElement = (props: HTMLAttributes<HTMLDivElement>) => <div {...props} role="listitem" />;

interface FooterContext {
  loadingMore: boolean;
  label: string;
}
const LoadingMoreFooter = ({ context }: { context?: FooterContext }) =>
  context?.loadingMore ? (
    <Box sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
      <CircularProgress size={20} aria-label={context.label} />
    </Box>
  ) : null;

interface InboxListProps {
  query: InboxQuery;
  selectedId: string | null;
  virtuosoRef: RefObject<VirtuosoHandle | null>;
  onClearFilters(): void;
}

/** The inbox rows, virtualised: only the visible rows exist, so a thousand conversations scroll smoothly. */
export function InboxList({ query, selectedId, virtuosoRef, onClearFilters }: InboxListProps) {
  const translate = useTranslate();
  if (query.isPending) {
    return (
      <Box role="status" aria-label={translate('service.inbox.loading')} sx={{ px: 2 }}>
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} variant="rectangular" height={64} sx={{ my: 1, borderRadius: 1 }} />
        ))}
      </Box>
    );
  }
  if (query.error) {
    return (
      <Alert
        severity="error"
        sx={{ m: 2 }}
        action={
          <Button color="inherit" size="small" onClick={() => void query.refetch()}>
            {translate('ra.action.refresh')}
          </Button>
        }
      >
        {translate('service.inbox.error')}
      </Alert>
    );
  }
  if (query.rows.length === 0) {
    return (
      <Box sx={{ p: 3, textAlign: 'center' }}>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('service.inbox.empty')}
        </Typography>
        <Button size="small" onClick={onClearFilters}>
          {translate('service.inbox.clear_filters')}
        </Button>
      </Box>
    );
  }
  return (
    <Virtuoso<Conversation, FooterContext>
      ref={virtuosoRef}
      style={{ height: '100%' }}
      data={query.rows}
      computeItemKey={(_, conversation) => conversation.id}
      endReached={() => {
        if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
      }}
      increaseViewportBy={300}
      context={{ loadingMore: query.isFetchingNextPage, label: translate('service.inbox.loading_more') }}
      components={{ List: ListElement, Item: ItemElement, Footer: LoadingMoreFooter }}
      itemContent={(_, conversation) => (
        <ConversationRow conversation={conversation} selected={conversation.id === selectedId} />
      )}
    />
  );
}
