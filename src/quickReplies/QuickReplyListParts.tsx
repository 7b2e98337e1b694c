import { Box, Typography } from '@mui/material';
import { CreateButton, useRecordContext, useTranslate } from 'react-admin';
import type { QuickReply } from '../api';

const clamped = {
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  maxWidth: '48ch',
} as const;

/**
 * The reply text: cut to two lines for those who open the form to read it whole, in full for those who
 * may only read (they have no form to open).
 */
export const BodyPreview = ({ full = false }: { full?: boolean }) => {
  const record = useRecordContext<QuickReply>();
  if (!record) return null;
  return (
    <Typography
      variant="body2"
      sx={[{ overflowWrap: 'anywhere' }, full ? { whiteSpace: 'pre-wrap' } : clamped]}
    >
      {record.body}
    </Typography>
  );
};

export const QuickReplyEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2 }}>
      <Typography variant="h6" component="p">
        {translate('resources.quick-replies.empty')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {translate('resources.quick-replies.invite')}
      </Typography>
      <CreateButton variant="contained" />
    </Box>
  );
};
