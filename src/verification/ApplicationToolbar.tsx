import { SaveButton, Toolbar } from 'react-admin';
import { SubmitApplicationButton } from './SubmitApplicationButton';

/** Save a draft at any time; submit when it is complete. An application is never deleted. */
export const ApplicationToolbar = () => (
  <Toolbar sx={{ gap: 1, flexWrap: 'wrap', justifyContent: { xs: 'stretch', sm: 'flex-end' } }}>
    <SaveButton label="verification.actions.save_draft" variant="outlined" />
    <SubmitApplicationButton />
  </Toolbar>
);
