import { useGetIdentity, useRecordContext } from 'react-admin';
import type { TeamMember } from '../api';

/** Whether the team member on screen is the signed-in user, who may not deactivate or demote themself. */
export const useIsYourself = (): boolean => {
  const record = useRecordContext<TeamMember>();
  const { identity } = useGetIdentity();
  return !!record && !!identity && (identity.id === record.id || identity.email === record.email);
};
