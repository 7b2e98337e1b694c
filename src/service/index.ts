import ForumIcon from '@mui/icons-material/ForumOutlined';
import type { ResourceProps } from 'react-admin';
import type { Conversation } from '../api';
import { lazyView } from '../components/lazyView';

// The workbench is one page at the list route (the open conversation in `?c=`), its own chunk.
const Workbench = lazyView(() => import('./Workbench'), 'Workbench');

/** `<Resource name="conversations" {...conversations} />` */
export const conversations = {
  list: Workbench,
  icon: ForumIcon,
  recordRepresentation: (conversation: Conversation) => conversation.buyerName,
} satisfies Omit<ResourceProps, 'name'>;
