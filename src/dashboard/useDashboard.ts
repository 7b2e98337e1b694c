import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { PlatformDataProvider } from '../api/dataProvider';

/** The home page figures; which sections come back depends on the signed-in role. */
export const useDashboard = () => {
  const dataProvider = useDataProvider<PlatformDataProvider>();
  return useQuery({ queryKey: ['dashboard'], queryFn: () => dataProvider.getDashboard() });
};
