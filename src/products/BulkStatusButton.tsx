import { useState } from 'react';
import ListIcon from '@mui/icons-material/StorefrontOutlined';
import DelistIcon from '@mui/icons-material/RemoveShoppingCartOutlined';
import { Button, Confirm, useListContext } from 'react-admin';
import { BULK_LIMIT, useBulkMutation } from './BulkMutation';
import { counted } from './BulkCount';

const icons = { list: <ListIcon />, delist: <DelistIcon /> };

/** Lists or delists the selected products after a confirmation that says how many and what happens. */
export const BulkStatusButton = ({ action }: { action: 'list' | 'delist' }) => {
  const { selectedIds } = useListContext();
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useBulkMutation();
  const count = selectedIds.length;
  const confirm = () => mutate({ action, ids: selectedIds.map(String) }, { onSettled: () => setOpen(false) });
  return (
    <>
      <Button
        label={`resources.products.bulk.${action}.button`}
        onClick={() => setOpen(true)}
        disabled={count === 0 || count > BULK_LIMIT}
      >
        {icons[action]}
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={`resources.products.bulk.${action}.title`}
        content={`resources.products.bulk.${action}.content`}
        confirm={`resources.products.bulk.${action}.confirm`}
        confirmColor={action === 'delist' ? 'warning' : 'primary'}
        translateOptions={counted(count)}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
