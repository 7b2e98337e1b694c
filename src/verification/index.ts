import VerificationIcon from '@mui/icons-material/VerifiedOutlined';
import type { ResourceProps } from 'react-admin';
import type { VerificationApplication } from '../api';
import { lazyView } from '../components/lazyView';

// Brand users fill in their one application (the edit view, reached at /verification-applications/<brandId>);
// moderators review the queue (list, show with the decision). Each view is its own chunk.
const VerificationList = lazyView(() => import('./VerificationList'), 'VerificationList');
const VerificationEdit = lazyView(() => import('./VerificationEdit'), 'VerificationEdit');
const VerificationReview = lazyView(() => import('./VerificationReview'), 'VerificationReview');

/** `<Resource name="verification-applications" {...verificationApplications} />` */
export const verificationApplications = {
  list: VerificationList,
  edit: VerificationEdit,
  show: VerificationReview,
  icon: VerificationIcon,
  recordRepresentation: (application: VerificationApplication) => application.brandName,
} satisfies Omit<ResourceProps, 'name'>;
