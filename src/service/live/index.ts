// The workbench's live plumbing: event stream, connection state, presence, outbox, drafts, reply figures.
// Inbox and thread import from here only.
export type { ConnectionState } from './liveConnection';
export { ServiceLiveProvider } from './ServiceLiveProvider';
export { useConnection } from './useConnection';
export { useServiceEvent, useOnReconnect } from './useServiceEvent';
export { usePresence } from './usePresence';
export { useTypingSignal } from './useTypingSignal';
export { useOutbox, useQueuedReplies, type OutboxApi } from './useOutbox';
export { useDraft } from './useDraft';
export { useReplyFigures, type ReplyFiguresResult } from './useReplyFigures';
export { useNow } from './useNow';
export { ConnectionStatus } from './ConnectionStatus';
export { ReplyFiguresSummary } from './ReplyFiguresSummary';
