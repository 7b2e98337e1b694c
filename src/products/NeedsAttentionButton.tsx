import WarningIcon from '@mui/icons-material/ReportProblemOutlined';
import { Button, useListContext } from 'react-admin';

/**
 * Rejected products are the ones waiting on the brand (the moderators said what to fix). This sets the
 * status filter rather than adding a second one on the same field, so the Status input shows it too.
 */
export const NeedsAttentionButton = () => {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const active = filterValues.status === 'rejected';
  return (
    <Button
      label="resources.products.filters.needs_attention"
      aria-pressed={active}
      color={active ? 'error' : 'primary'}
      onClick={() =>
        setFilters({ ...filterValues, status: active ? undefined : 'rejected' }, displayedFilters)
      }
    >
      <WarningIcon />
    </Button>
  );
};
