import { useCallback, useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useFormContext } from 'react-hook-form';
import { useEditContext, useRegisterMutationMiddleware, useTranslate, type RaRecord } from 'react-admin';
import { conflictingRecord } from './httpErrors';
import { conflictDiff, theirsForUntouched, type FieldDifference } from './conflictDiff';
import { ConflictTable } from './ConflictTable';

type Save = (resource: string, params: unknown) => Promise<unknown>;

/**
 * Placed inside an edit form (of a ConflictAwareEdit). When the platform answers 409 because someone saved
 * in between, shows what differs and lets the person choose: take their version, or keep typing over it.
 * Nothing typed is thrown away unless they pick "Load their version".
 */
export interface ConflictDialogProps {
  /** The fields the form edits; others (status, review, ...) belong to other flows and are not compared. */
  fields?: readonly string[];
}

export const ConflictDialog = ({ fields }: ConflictDialogProps) => {
  const translate = useTranslate();
  const { resource, record, refetch } = useEditContext();
  const { getValues, reset, setValue } = useFormContext();
  const [conflict, setConflict] = useState<{ current: RaRecord; differences: FieldDifference[] } | null>(
    null,
  );
  const [overwriting, setOverwriting] = useState(false);

  useRegisterMutationMiddleware<Save>(
    useCallback(
      async (saveResource: string, params: unknown, next: Save) => {
        try {
          const result = await next(saveResource, params);
          setOverwriting(false);
          return result;
        } catch (error) {
          const current = conflictingRecord(error);
          if (current) {
            setConflict({ current, differences: conflictDiff(getValues(), record ?? {}, current, fields) });
          }
          throw error;
        }
      },
      [getValues, record, fields],
    ),
  );

  const loadTheirs = () => {
    if (!conflict) return;
    reset(conflict.current);
    setConflict(null);
    setOverwriting(false);
    // The cached record is stale too; refetching keeps the page and the form on the same version.
    void refetch();
  };

  const keepMine = () => {
    if (!conflict) return;
    for (const [field, value] of Object.entries(theirsForUntouched(conflict.differences))) {
      setValue(field, value, { shouldDirty: true });
    }
    setValue('version', conflict.current.version, { shouldDirty: true });
    setConflict(null);
    setOverwriting(true);
  };

  return (
    <>
      {overwriting && (
        <Alert severity="warning" role="status" sx={{ mb: 2, width: '100%' }}>
          {translate('components.conflict.kept')}
        </Alert>
      )}
      <Dialog
        open={conflict !== null}
        aria-labelledby="conflict-title"
        aria-describedby="conflict-description"
      >
        <DialogTitle id="conflict-title">{translate('components.conflict.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText id="conflict-description" sx={{ mb: 2 }}>
            {translate(
              conflict?.differences.length
                ? 'components.conflict.intro'
                : 'components.conflict.no_differences',
            )}
          </DialogContentText>
          {conflict && conflict.differences.length > 0 && (
            <ConflictTable resource={resource} differences={conflict.differences} />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={loadTheirs}>{translate('components.conflict.load_theirs')}</Button>
          <Button onClick={keepMine} variant="contained">
            {translate('components.conflict.keep_mine')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
