import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PersonIcon from '@mui/icons-material/PersonOutline';
import { Alert, Box, Button, CircularProgress, IconButton, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { Conversation } from '../../api';
import { PaneErrorBoundary } from '../../components/PaneErrorBoundary';
import { BuyerContextPanel } from '../context/BuyerContextPanel';
import { ConversationThread } from '../thread/ConversationThread';
import { ConversationActions } from './ConversationActions';
import type { ConversationCommands } from './useConversationCommands';

export interface SelectedConversationProps {
  selectedId: string | null;
  conversation: Conversation | undefined;
  isPending: boolean;
  error: unknown;
  commands: ConversationCommands;
  canEdit: boolean;
  userId: string | null;
  /** Phones: one pane at a time, with a way back to the list. */
  compact: boolean;
  onBack(): void;
  contextOpen: boolean;
  onToggleContext(): void;
}

const Centered = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', height: '100%', p: 3 }}>
    {children}
  </Box>
);

/** The middle pane: the open conversation's bar (back, buyer, actions) above its thread. */
export function SelectedConversationPane(props: SelectedConversationProps) {
  const { conversation, isPending, error, compact, onBack, contextOpen, onToggleContext } = props;
  const translate = useTranslate();
  if (props.selectedId === null) {
    return (
      <Centered>
        <Typography color="text.secondary" sx={{ textAlign: 'center' }}>
          {translate('service.workbench.none_selected')}
        </Typography>
      </Centered>
    );
  }
  if (error) {
    return (
      <Centered>
        <Alert
          severity="warning"
          action={compact ? <Button onClick={onBack}>{translate('ra.action.back')}</Button> : null}
        >
          {translate('service.workbench.not_found')}
        </Alert>
      </Centered>
    );
  }
  if (isPending || !conversation) {
    return (
      <Centered>
        <CircularProgress aria-label={translate('service.workbench.loading_conversation')} />
      </Centered>
    );
  }
  return (
    <Box
      component="section"
      aria-label={conversation.buyerName}
      sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, minWidth: 0 }}
    >
      <Box
        sx={{
          px: { xs: 1, sm: 2 },
          py: 1,
          borderBottom: 1,
          borderColor: 'divider',
          display: 'grid',
          gap: 0.5,
        }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
          {compact && (
            <IconButton
              onClick={onBack}
              aria-label={translate('service.workbench.back_to_inbox')}
              size="small"
            >
              <ArrowBackIcon />
            </IconButton>
          )}
          <Typography
            variant="subtitle1"
            component="h2"
            noWrap
            sx={{ flex: 1, minWidth: 0, fontWeight: 600 }}
          >
            {conversation.buyerName}
          </Typography>
          <Button
            size="small"
            startIcon={<PersonIcon />}
            onClick={onToggleContext}
            aria-expanded={contextOpen}
            aria-controls="buyer-context-pane"
          >
            {translate(
              contextOpen && !compact ? 'service.workbench.hide_context' : 'service.workbench.show_context',
            )}
          </Button>
        </Box>
        <ConversationActions
          conversation={conversation}
          commands={props.commands}
          canEdit={props.canEdit}
          userId={props.userId}
        />
      </Box>
      <Box sx={{ flex: 1, minHeight: 0 }}>
        <PaneErrorBoundary key={conversation.id}>
          <ConversationThread conversation={conversation} />
        </PaneErrorBoundary>
      </Box>
    </Box>
  );
}

/** The right pane (or, on phones, the whole screen): the buyer's orders and after-sales. */
export function ContextPane({
  conversation,
  compact,
  onClose,
}: {
  conversation: Conversation;
  compact: boolean;
  onClose(): void;
}) {
  const translate = useTranslate();
  return (
    <Box
      id="buyer-context-pane"
      component="aside"
      aria-label={translate('service.workbench.context')}
      sx={{ height: '100%', overflowY: 'auto', minWidth: 0 }}
    >
      {compact && (
        <Box
          sx={{
            display: 'flex',
            alignItems: 'center',
            gap: 1,
            px: 1,
            py: 1,
            borderBottom: 1,
            borderColor: 'divider',
          }}
        >
          <IconButton
            onClick={onClose}
            aria-label={translate('service.workbench.back_to_thread')}
            size="small"
          >
            <ArrowBackIcon />
          </IconButton>
          <Typography variant="subtitle1" component="h2" noWrap>
            {conversation.buyerName}
          </Typography>
        </Box>
      )}
      <PaneErrorBoundary key={conversation.id}>
        <BuyerContextPanel conversation={conversation} />
      </PaneErrorBoundary>
    </Box>
  );
}
