import QuickReplyIcon from '@mui/icons-material/QuickreplyOutlined';
import type { ResourceProps } from 'react-admin';
import type { QuickReply } from '../api';
import { lazyView } from '../components/lazyView';

// The team's reply templates; agents pick them in the reply box. Each view is its own chunk.
const QuickReplyList = lazyView(() => import('./QuickReplyList'), 'QuickReplyList');
const QuickReplyCreate = lazyView(() => import('./QuickReplyCreate'), 'QuickReplyCreate');
const QuickReplyEdit = lazyView(() => import('./QuickReplyEdit'), 'QuickReplyEdit');

/** `<Resource name="quick-replies" {...quickReplies} />` */
export const quickReplies = {
  list: QuickReplyList,
  create: QuickReplyCreate,
  edit: QuickReplyEdit,
  icon: QuickReplyIcon,
  recordRepresentation: (quickReply: QuickReply) => quickReply.title,
} satisfies Omit<ResourceProps, 'name'>;
