import { useInput } from 'react-admin';

/**
 * Registers the record's `version` in the form without showing it: the update carries the version it was
 * based on, and ConflictDialog's "Keep my changes" moves it forward on purpose.
 */
export const VersionInput = () => {
  useInput({ source: 'version' });
  return null;
};
