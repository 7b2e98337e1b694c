import CloseIcon from '@mui/icons-material/Close';
import { Box, IconButton, Paper, Typography } from '@mui/material';
import { BulkActionsToolbar, useListContext, useTranslate } from 'react-admin';
import { counted } from './BulkCount';
import { BulkRepriceButton } from './BulkRepriceButton';
import { BulkSelectAllButton } from './BulkSelectAllButton';
import { BulkStatusButton } from './BulkStatusButton';
import { ExportSelectedButton } from './ExportCsvButton';

/** What an admin or marketer can do with the selected products (agents get no selection at all). */
export const BulkActionButtons = () => (
  <>
    <BulkStatusButton action="list" />
    <BulkStatusButton action="delist" />
    <BulkRepriceButton />
    <ExportSelectedButton />
  </>
);

/** react-admin's toolbar with a "select all" that pages through the platform's 100-row limit. */
export const BulkActionsBar = () => (
  <BulkActionsToolbar selectAllButton={<BulkSelectAllButton />}>
    <BulkActionButtons />
  </BulkActionsToolbar>
);

/**
 * The same actions for phones: react-admin's toolbar is one fixed-height row laid over the filters, which
 * cuts the buttons off at 375 px. This one sits above the cards and wraps; the actions shrink to icons.
 */
export const BulkActionsPhoneBar = () => {
  const translate = useTranslate();
  const { selectedIds, onUnselectItems } = useListContext();
  if (selectedIds.length === 0) return null;
  return (
    <Paper
      elevation={0}
      sx={{ mx: 1, mt: 1, px: 1, py: 0.5, bgcolor: 'action.selected', display: 'flex', flexWrap: 'wrap' }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', flex: '1 1 100%' }}>
        <IconButton
          aria-label={translate('ra.action.unselect')}
          title={translate('ra.action.unselect')}
          onClick={() => onUnselectItems()}
          size="small"
        >
          <CloseIcon fontSize="small" />
        </IconButton>
        <Typography variant="body2" sx={{ flex: 1, ml: 0.5 }}>
          {translate('ra.action.bulk_actions', counted(selectedIds.length))}
        </Typography>
        <BulkSelectAllButton compact />
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap' }}>
        <BulkActionButtons />
      </Box>
    </Paper>
  );
};
