import { useState } from 'react';
import { ListItemIcon, ListItemText, MenuItem, type MenuItemProps } from '@mui/material';
import RestartIcon from '@mui/icons-material/RestartAlt';
import { Confirm, useDataProvider, useNotify, useRefresh, useTranslate, useUserMenu } from 'react-admin';
import type { PlatformDataProvider } from '../api/dataProvider';

/**
 * Puts the mock platform back to its seed. The user menu stays open behind the dialog, since closing it would
 * unmount this item and its dialog with it; both close once the user has decided.
 */
export const ResetDemoDataMenuItem = (props: MenuItemProps) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const userMenu = useUserMenu();
  const [isOpen, setOpen] = useState(false);
  const [isPending, setPending] = useState(false);

  const close = () => {
    setOpen(false);
    userMenu?.onClose();
  };
  const reset = async () => {
    setPending(true);
    try {
      await dataProvider.resetDemoData();
      notify('layout.reset_demo.done', { type: 'success' });
      refresh();
    } catch {
      notify('layout.reset_demo.failed', { type: 'error' });
    } finally {
      setPending(false);
      close();
    }
  };

  return (
    <>
      <MenuItem {...props} onClick={() => setOpen(true)}>
        <ListItemIcon>
          <RestartIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText>{translate('layout.reset_demo.menu')}</ListItemText>
      </MenuItem>
      <Confirm
        isOpen={isOpen}
        loading={isPending}
        title="layout.reset_demo.title"
        content="layout.reset_demo.content"
        confirm="layout.reset_demo.confirm"
        confirmColor="warning"
        onConfirm={reset}
        onClose={close}
      />
    </>
  );
};
