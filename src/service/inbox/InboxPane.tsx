import { Box } from '@mui/material';
import type { Ref, RefObject } from 'react';
import { useTranslate } from 'react-admin';
import type { VirtuosoHandle } from 'react-virtuoso';
import type { InboxFilters } from './inboxFilters';
import { InboxList } from './InboxList';
import { InboxSearch } from './InboxSearch';
import { InboxStatusFilter } from './InboxStatusFilter';
import { InboxViewTabs } from './InboxViewTabs';
import type { InboxQuery } from './useInboxQuery';

interface InboxPaneProps {
  filters: InboxFilters;
  setFilters(changes: Partial<InboxFilters>): void;
  query: InboxQuery;
  selectedId: string | null;
  virtuosoRef: RefObject<VirtuosoHandle | null>;
  searchRef: Ref<HTMLInputElement>;
}

/** The left pane: search, status, views, and the conversations. */
export function InboxPane({
  filters,
  setFilters,
  query,
  selectedId,
  virtuosoRef,
  searchRef,
}: InboxPaneProps) {
  const translate = useTranslate();
  const clearFilters = () => setFilters({ q: '', status: 'any', view: 'all' });
  return (
    <Box
      component="section"
      aria-label={translate('service.inbox.label')}
      sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}
    >
      <Box sx={{ display: 'flex', gap: 1, px: 1.5, pt: 1.5 }}>
        <InboxSearch value={filters.q} onSearch={(q) => setFilters({ q })} inputRef={searchRef} />
        <InboxStatusFilter value={filters.status} onChange={(status) => setFilters({ status })} />
      </Box>
      <InboxViewTabs view={filters.view} status={filters.status} onChange={(view) => setFilters({ view })} />
      <Box sx={{ flex: 1, minHeight: 0, borderTop: 1, borderColor: 'divider' }}>
        <InboxList
          query={query}
          selectedId={selectedId}
          virtuosoRef={virtuosoRef}
          onClearFilters={clearFilters}
        />
      </Box>
    </Box>
  );
}
