import { Alert, Button, Stack } from '@mui/material';
import {
  LinkBase,
  useCanAccess,
  useCreatePath,
  useGetIdentity,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Brand } from '../api';
import { BrandStatusChip } from './BrandStatusChip';

const severity = { draft: 'info', submitted: 'info', approved: 'success', rejected: 'error' } as const;
const action = { draft: 'start', submitted: 'open', approved: 'open', rejected: 'fix' } as const;

/**
 * Where the brand's verification stands and the way to its application (id = the brand's id): its own
 * people fill it in, moderators open it to review. Customer service, who may do neither, sees the status.
 */
export const BrandVerificationPanel = () => {
  const brand = useRecordContext<Brand>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const { identity } = useGetIdentity();
  const resource = 'verification-applications';
  const { canAccess: canEdit } = useCanAccess({ resource, action: 'edit' });
  const { canAccess: canShow } = useCanAccess({ resource, action: 'show' });
  if (!brand) return null;

  const status = brand.verificationStatus;
  const ownBrand = identity?.brandId === brand.id;
  const date = brand.verifiedAt
    ? new Date(brand.verifiedAt).toLocaleDateString(locale === 'zh' ? 'zh-CN' : 'en')
    : null;
  const message =
    status === 'approved' && !date
      ? translate('resources.brands.verification.approved_undated')
      : translate(`resources.brands.verification.${status}`, { date });
  const link =
    canEdit && ownBrand
      ? createPath({ resource, type: 'edit', id: brand.id })
      : canShow
        ? createPath({ resource, type: 'show', id: brand.id })
        : null;
  const label = translate(`resources.brands.verification.${ownBrand ? action[status] : 'open'}`);

  return (
    <Alert
      severity={severity[status]}
      variant="outlined"
      icon={false}
      sx={{ mb: 2, '& .MuiAlert-message': { width: '100%' } }}
      aria-label={translate('resources.brands.sections.verification')}
      role="region"
    >
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1.5}
        sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
          <BrandStatusChip />
          {ownBrand && <span>{message}</span>}
        </Stack>
        {link && (
          <Button
            component={LinkBase}
            to={link}
            variant={status === 'approved' ? 'text' : 'contained'}
            sx={{ flexShrink: 0 }}
          >
            {label}
          </Button>
        )}
      </Stack>
    </Alert>
  );
};
