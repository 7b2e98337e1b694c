import SnoozeIcon from '@mui/icons-material/Snooze';
import { Button, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { SNOOZE_CHOICES, type SnoozeChoice } from './snoozeTimes';

export function SnoozeMenu({
  disabled,
  onSnooze,
}: {
  disabled: boolean;
  onSnooze(choice: SnoozeChoice): void;
}) {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        size="small"
        startIcon={<SnoozeIcon />}
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {translate('service.inbox.actions.snooze')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {SNOOZE_CHOICES.map((choice) => (
          <MenuItem
            key={choice}
            onClick={() => {
              setAnchor(null);
              onSnooze(choice);
            }}
          >
            {translate(`service.inbox.actions.snooze_${choice}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
