import SettingsIcon from '@mui/icons-material/SupportAgentOutlined';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../components/lazyView';

// One settings record per brand, at /service-settings/<brandId>. Each view is its own chunk.
const ServiceSettingsList = lazyView(() => import('./ServiceSettingsList'), 'ServiceSettingsList');
const ServiceSettingsEdit = lazyView(() => import('./ServiceSettingsEdit'), 'ServiceSettingsEdit');
const ServiceSettingsShow = lazyView(() => import('./ServiceSettingsShow'), 'ServiceSettingsShow');

/** `<Resource name="service-settings" {...serviceSettings} />` */
export const serviceSettings = {
  list: ServiceSettingsList,
  edit: ServiceSettingsEdit,
  show: ServiceSettingsShow,
  icon: SettingsIcon,
} satisfies Omit<ResourceProps, 'name'>;
