import type { ReactNode } from 'react';
import { List, ListItem, ListItemButton, ListItemIcon, ListItemText } from '@mui/material';
import DoneIcon from '@mui/icons-material/CheckCircle';
import TodoIcon from '@mui/icons-material/RadioButtonUnchecked';
import MissingIcon from '@mui/icons-material/ErrorOutline';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { ChecklistItem } from '../api';
import type { ChecklistKey } from './liveChecklist';

interface StoreChecklistProps {
  items: ChecklistItem[];
  /** Items the platform refused to open the store for; marked until they are done. */
  refused?: readonly ChecklistKey[];
  /** Where "verified" leads while it is not done; left out, the item is plain text. */
  verificationPath?: string;
  /** Takes the user to what fixes an item; left out (read-only pages), items are plain text. */
  onSelect?: (item: ChecklistKey) => void;
}

/** What opening the store needs, each item saying whether it is done; open items lead to their field. */
export const StoreChecklist = ({ items, refused = [], verificationPath, onSelect }: StoreChecklistProps) => {
  const translate = useTranslate();
  return (
    <List dense disablePadding aria-label={translate('resources.stores.checklist.title')}>
      {items.map(({ item, done }) => {
        const wasRefused = !done && refused.includes(item);
        const icon = done ? (
          <DoneIcon color="success" titleAccess={translate('resources.stores.checklist.done')} />
        ) : wasRefused ? (
          <MissingIcon color="error" titleAccess={translate('resources.stores.checklist.refused')} />
        ) : (
          <TodoIcon color="action" titleAccess={translate('resources.stores.checklist.to_do')} />
        );
        const content: ReactNode = (
          <>
            <ListItemIcon sx={{ minWidth: 36 }}>{icon}</ListItemIcon>
            <ListItemText
              primary={translate(`stores.checklist.${item}`)}
              secondary={wasRefused ? translate('resources.stores.checklist.refused') : undefined}
              slotProps={{ secondary: { color: 'error' } }}
            />
          </>
        );
        const action = done ? null : item === 'verified' ? (
          verificationPath ? (
            <ListItemButton component={Link} to={verificationPath}>
              {content}
            </ListItemButton>
          ) : null
        ) : onSelect ? (
          <ListItemButton onClick={() => onSelect(item)}>{content}</ListItemButton>
        ) : null;
        return (
          <ListItem key={item} disablePadding={action !== null}>
            {action ?? content}
          </ListItem>
        );
      })}
    </List>
  );
};
