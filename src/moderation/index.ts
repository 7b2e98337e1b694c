import QueueIcon from '@mui/icons-material/FactCheckOutlined';
import DictionaryIcon from '@mui/icons-material/MenuBookOutlined';
import AuditIcon from '@mui/icons-material/HistoryOutlined';
import type { ResourceProps } from 'react-admin';
import type { AuditEntry, DictionaryEntry, ModerationItem } from '../api';
import { lazyView } from '../components/lazyView';

// Each view is its own chunk: only platform moderators ever open the moderation area.
const ModerationList = lazyView(() => import('./ModerationList'), 'ModerationList');
const ModerationShow = lazyView(() => import('./ModerationShow'), 'ModerationShow');
const DictionaryList = lazyView(() => import('./DictionaryList'), 'DictionaryList');
const DictionaryCreate = lazyView(() => import('./DictionaryCreate'), 'DictionaryCreate');
const DictionaryShow = lazyView(() => import('./DictionaryShow'), 'DictionaryShow');
const AuditLogList = lazyView(() => import('./AuditLogList'), 'AuditLogList');
const AuditLogShow = lazyView(() => import('./AuditLogShow'), 'AuditLogShow');

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
