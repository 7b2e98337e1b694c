import PersonAddIcon from '@mui/icons-material/PersonAddAlt';
import { Button, CircularProgress, ListItemText, Menu, MenuItem } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { PlatformDataProvider } from '../../api/dataProvider';

interface AssignMenuProps {
  assigneeId: string | null;
  disabled: boolean;
  onAssign(agentId: string): void;
}

/** "Assign to…": the brand's agents and admins, asked for when the menu first opens. */
export function AssignMenu({ assigneeId, disabled, onAssign }: AssignMenuProps) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const agents = useQuery({
    queryKey: ['service', 'agents'],
    queryFn: () => dataProvider.getServiceAgents(),
    enabled: anchor !== null,
    staleTime: 60_000,
  });
  const close = () => setAnchor(null);
  return (
    <>
      <Button
        size="small"
        startIcon={<PersonAddIcon />}
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {translate('service.inbox.actions.assign')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={close}>
        {agents.isPending && (
          <MenuItem disabled>
            <CircularProgress size={16} sx={{ mr: 1 }} />
            {translate('service.inbox.loading')}
          </MenuItem>
        )}
        {agents.isError && <MenuItem disabled>{translate('service.inbox.actions.agents_error')}</MenuItem>}
        {agents.data?.map((agent) => (
          <MenuItem
            key={agent.id}
            selected={agent.id === assigneeId}
            disabled={agent.id === assigneeId}
            onClick={() => {
              close();
              onAssign(agent.id);
            }}
          >
            <ListItemText primary={agent.name} secondary={translate(`roles.${agent.role}`)} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
