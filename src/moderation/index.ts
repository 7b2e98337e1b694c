import { lazy } from 'react';
import QueueIcon from '@mui/icons-material/FactCheckOutlined';
import DictionaryIcon from '@mui/icons-material/MenuBookOutlined';
import AuditIcon from '@mui/icons-material/HistoryOutlined';
import type { ResourceProps } from 'react-admin';
import type { AuditEntry, DictionaryEntry, ModerationItem } from '../api';

// Each view is its own chunk: only platform moderators ever open the moderation area.
const ModerationList = lazy(() =>
  import('./ModerationList').then((module) => ({ default: module.ModerationList })),
);
const ModerationShow = lazy(() =>
  import('./ModerationShow').then((module) => ({ default: module.ModerationShow })),
);
const DictionaryList = lazy(() =>
  import('./DictionaryList').then((module) => ({ default: module.DictionaryList })),
);
const DictionaryCreate = lazy(() =>
  import('./DictionaryCreate').then((module) => ({ default: module.DictionaryCreate })),
);
const DictionaryShow = lazy(() =>
  import('./DictionaryShow').then((module) => ({ default: module.DictionaryShow })),
);
const AuditLogList = lazy(() =>
  import('./AuditLogList').then((module) => ({ default: module.AuditLogList })),
);
const AuditLogShow = lazy(() =>
  import('./AuditLogShow').then((module) => ({ default: module.AuditLogShow })),
);

/** `<Resource name="moderation" {...moderation} />`: decisions are taken on the show page, there is no edit. */
export const moderation = {
  list: ModerationList,
  show: ModerationShow,
  icon: QueueIcon,
  recordRepresentation: (item: ModerationItem) => item.subjectTitle,
} satisfies Omit<ResourceProps, 'name'>;

/** `<Resource name="claim-dictionary" {...claimDictionary} />`: entries are enabled or disabled, never edited. */
export const claimDictionary = {
  list: DictionaryList,
  create: DictionaryCreate,
  show: DictionaryShow,
  icon: DictionaryIcon,
  recordRepresentation: (entry: DictionaryEntry) => entry.text,
} satisfies Omit<ResourceProps, 'name'>;

/** `<Resource name="audit-log" {...auditLog} />`: read-only by design. */
export const auditLog = {
  list: AuditLogList,
  show: AuditLogShow,
  icon: AuditIcon,
  recordRepresentation: (entry: AuditEntry) => entry.summary,
} satisfies Omit<ResourceProps, 'name'>;
