import WarningIcon from '@mui/icons-material/ReportProblemOutlined';
import { Button, useListContext } from 'react-admin';

const REJECTED = ['rejected'];

/** Older links carried the status as one value; the filter is a list of statuses now. */
const statusesOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : [];

/**
 * Rejected products are the ones waiting on the brand (the moderators said what to fix). This sets the
 * status filter rather than adding a second one on the same field, so the Status input shows it too.
 */
export const NeedsAttentionButton = () => {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const statuses = statusesOf(filterValues.status);
  const active = statuses.length === 1 && statuses[0] === 'rejected';
  return (
    <Button
      label="resources.products.filters.needs_attention"
      aria-pressed={active}
      color={active ? 'error' : 'primary'}
      onClick={() => setFilters({ ...filterValues, status: active ? undefined : REJECTED }, displayedFilters)}
    >
      <WarningIcon />
    </Button>
  );
};
