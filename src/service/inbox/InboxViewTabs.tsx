import { Tab, Tabs } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { InboxView } from '../../api';
import { INBOX_VIEWS, statusFilter, type StatusChoice } from './inboxFilters';

/** How many conversations a view holds: one row asked for, the total read (kept fresh by the live cache). */
function useViewCount(view: InboxView, status: StatusChoice): number | undefined {
  const { total } = useGetList('conversations', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'lastMessageAt', order: 'DESC' },
    filter: { view, status: statusFilter(status) },
  });
  return total;
}

function ViewLabel({ view, status }: { view: InboxView; status: StatusChoice }) {
  const translate = useTranslate();
  const count = useViewCount(view, status);
  const name = translate(`service.inbox.views.${view}`);
  return count === undefined ? name : `${name} (${count})`;
}

interface InboxViewTabsProps {
  view: InboxView;
  status: StatusChoice;
  onChange(view: InboxView): void;
}

/** Mine, unassigned, all, breaching soon: each with how many conversations it holds under the status filter. */
export function InboxViewTabs({ view, status, onChange }: InboxViewTabsProps) {
  const translate = useTranslate();
  return (
    <Tabs
      value={view}
      onChange={(_, next: InboxView) => onChange(next)}
      variant="scrollable"
      scrollButtons={false}
      aria-label={translate('service.inbox.views.label')}
      sx={{ minHeight: 40, '& .MuiTab-root': { minHeight: 40, px: 1.5, minWidth: 0, textTransform: 'none' } }}
    >
      {INBOX_VIEWS.map((name) => (
        <Tab key={name} value={name} label={<ViewLabel view={name} status={status} />} />
      ))}
    </Tabs>
  );
}
