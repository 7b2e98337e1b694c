import { useState } from 'react';
import ApproveIcon from '@mui/icons-material/CheckCircleOutline';
import { Button, Confirm } from 'react-admin';
import type { ModerationItem } from '../api';
import { useDecide } from './useDecide';

/** Approving publishes the copy with its warnings, so it asks first. */
export const ApproveButton = ({ item }: { item: ModerationItem }) => {
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useDecide(item);
  const approve = () =>
    mutate(
      { outcome: 'approve', reasonRuleId: null, reasonText: '', passage: null },
      { onSettled: () => setOpen(false) },
    );
  return (
    <>
      <Button
        label="moderation.decide.approve"
        variant="contained"
        color="success"
        disabled={isPending}
        onClick={() => setOpen(true)}
      >
        <ApproveIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="moderation.decide.approve_title"
        titleTranslateOptions={{ title: item.subjectTitle }}
        content="moderation.decide.approve_content"
        confirm="moderation.decide.approve"
        onConfirm={approve}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
