import { Button, CardContent, Stack, Typography } from '@mui/material';
import { LinkBase, useCreatePath, useEditContext, useShowContext, useTranslate } from 'react-admin';
import { httpStatus } from './httpErrors';

export interface RecordNotFoundProps {
  error: unknown;
  resource: string;
}

/**
 * What a page shows when its record can't be loaded. A record of another brand answers 404 just like a
 * deleted one (the platform doesn't confirm it exists), so both read "Not found"; 403 is a role matter.
 */
export const RecordNotFound = ({ error, resource }: RecordNotFoundProps) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const status = httpStatus(error);
  const kind = status === 403 ? 'forbidden' : status === 404 ? 'not_found' : 'load_failed';
  return (
    <CardContent>
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }} role="alert">
        <Typography variant="h6" component="h2">
          {translate(`components.record_error.${kind}.title`)}
        </Typography>
        <Typography variant="body2">{translate(`components.record_error.${kind}.body`)}</Typography>
        <Button component={LinkBase} to={createPath({ resource, type: 'list' })} variant="outlined">
          {translate('components.record_error.back_to_list')}
        </Button>
      </Stack>
    </CardContent>
  );
};

export const EditLoadError = () => {
  const { error, resource } = useEditContext();
  return <RecordNotFound error={error} resource={resource} />;
};

export const ShowLoadError = () => {
  const { error, resource } = useShowContext();
  return <RecordNotFound error={error} resource={resource} />;
};
