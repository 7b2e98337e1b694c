import { useState } from 'react';
import { Stack, Typography } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import RestoreIcon from '@mui/icons-material/Restore';
import { Button, Confirm, useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import type { TeamMember } from '../api';
import { errorMessage } from '../components/httpErrors';
import { useIsYourself } from './useIsYourself';

/**
 * Deactivate / Reactivate, after a confirmation. Sends only the status and the version it is based on,
 * so a stale screen answers 409 instead of undoing someone else's change.
 */
export const MemberStatusButton = () => {
  const record = useRecordContext<TeamMember>();
  const isYourself = useIsYourself();
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate<TeamMember>();
  if (!record) return null;

  const next = record.status === 'deactivated' ? 'active' : 'deactivated';
  const action = next === 'active' ? 'reactivate' : 'deactivate';

  const confirm = () =>
    update(
      'team',
      { id: record.id, data: { version: record.version, status: next }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify(`resources.team.notifications.${next === 'active' ? 'reactivated' : 'deactivated'}`, {
            messageArgs: { name: record.name },
          });
        },
        onError: (error) => {
          setOpen(false);
          notify(errorMessage(error), { type: 'error' });
        },
      },
    );

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      {isYourself && (
        <Typography variant="caption" color="text.secondary">
          {translate('resources.team.yourself')}
        </Typography>
      )}
      <Button
        label={`resources.team.actions.${action}`}
        color={action === 'deactivate' ? 'error' : 'primary'}
        disabled={isYourself || isPending}
        onClick={() => setOpen(true)}
      >
        {action === 'deactivate' ? <BlockIcon /> : <RestoreIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={`resources.team.confirm.${action}_title`}
        titleTranslateOptions={{ name: record.name }}
        content={`resources.team.confirm.${action}_content`}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </Stack>
  );
};
