import {
  Alert,
  Button as MuiButton,
  IconButton,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import EditIcon from '@mui/icons-material/EditOutlined';
import RemoveIcon from '@mui/icons-material/DeleteOutline';
import { useTranslate } from 'react-admin';
import { fieldLabel, reasonLabel } from './ReviewLabels';
import { useReviewRejections } from './ReviewRejections';

/** The drafted reasons, each editable and removable (with undo), in the order they were added. */
export const ReviewReasonList = () => {
  const translate = useTranslate();
  const { rejections, openReason, remove, lastRemoved, undoRemove } = useReviewRejections();
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2" component="h3" id="review-reasons-title">
        {translate('verificationReview.decide.reasons')} ({rejections.length})
      </Typography>
      {rejections.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('verificationReview.decide.no_reasons')}
        </Typography>
      ) : (
        <List dense disablePadding aria-labelledby="review-reasons-title">
          {rejections.map((rejection, index) => {
            const field = fieldLabel(translate, rejection.field);
            return (
              <ListItem
                key={`${rejection.field}:${rejection.reason}`}
                disableGutters
                secondaryAction={
                  <>
                    <IconButton
                      aria-label={translate('verificationReview.reject.edit', { field })}
                      onClick={() => openReason({ index })}
                    >
                      <EditIcon fontSize="small" />
                    </IconButton>
                    <IconButton
                      edge="end"
                      aria-label={translate('verificationReview.reject.remove', { field })}
                      onClick={() => remove(index)}
                    >
                      <RemoveIcon fontSize="small" />
                    </IconButton>
                  </>
                }
                sx={{ pr: 11 }}
              >
                <ListItemText
                  primary={`${field}: ${reasonLabel(translate, rejection.reason)}`}
                  secondary={rejection.note || undefined}
                  slotProps={{ secondary: { sx: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } } }}
                />
              </ListItem>
            );
          })}
        </List>
      )}
      {lastRemoved && (
        <Alert
          severity="info"
          role="status"
          action={
            <MuiButton color="inherit" size="small" onClick={undoRemove}>
              {translate('verificationReview.reject.undo')}
            </MuiButton>
          }
        >
          {translate('verificationReview.reject.removed')}
        </Alert>
      )}
    </Stack>
  );
};
