import { Stack, Typography } from '@mui/material';
import InboxIcon from '@mui/icons-material/InboxOutlined';
import { useTranslate } from 'react-admin';

export const ReviewQueueEmpty = () => {
  const translate = useTranslate();
  return (
    <Stack spacing={1} sx={{ alignItems: 'center', py: 6, px: 2, textAlign: 'center' }}>
      <InboxIcon color="disabled" sx={{ fontSize: 48 }} />
      <Typography variant="h6" component="p">
        {translate('verificationReview.queue.empty')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('verificationReview.queue.empty_hint')}
      </Typography>
    </Stack>
  );
};
