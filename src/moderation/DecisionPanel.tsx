import { useState } from 'react';
import { Card, CardContent, Stack, Typography } from '@mui/material';
import RejectIcon from '@mui/icons-material/HighlightOff';
import { Button, useCanAccess, useTranslate } from 'react-admin';
import type { ModerationItem } from '../api';
import { ApproveButton } from './ApproveButton';
import { RejectDialog } from './RejectDialog';

/** Approve or reject, while the item still waits and the role may decide. */
export const DecisionPanel = ({ item }: { item: ModerationItem }) => {
  const translate = useTranslate();
  const [rejecting, setRejecting] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'moderation', action: 'edit', record: item });
  if (item.status !== 'pending' || !canAccess) return null;
  return (
    <Card variant="outlined" component="section" aria-labelledby="decision-title">
      <CardContent>
        <Typography id="decision-title" variant="h6" component="h2">
          {translate('moderation.decide.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('moderation.decide.hint')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
          <ApproveButton item={item} />
          <Button
            label="moderation.decide.reject"
            variant="outlined"
            color="error"
            onClick={() => setRejecting(true)}
          >
            <RejectIcon />
          </Button>
        </Stack>
        {rejecting && <RejectDialog item={item} open onClose={() => setRejecting(false)} />}
      </CardContent>
    </Card>
  );
};
