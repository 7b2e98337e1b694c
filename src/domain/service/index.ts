export { isInServiceHours, serviceTimeBetween, addServiceTime } from './serviceHours';
export {
  replyCountdown,
  autoApprovalAt,
  autoApprovalHours,
  REPLY_TARGET_MS,
  URGENT_BEFORE_MS,
  type ClockState,
  type ReplyCountdown,
} from './replyClock';
export * from './sendQueue';
export { replyFigures, waitsOf, type ReplyFigures, type ServiceMessage, type Wait } from './replyRate';
export { chinaDayOf } from './serviceHours';
export * from './quickReplyTemplate';
export * from './afterSalesRules';
