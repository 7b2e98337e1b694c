import { Edit, useNotify, type EditProps, type RaRecord } from 'react-admin';
import { EditLoadError } from './RecordNotFound';
import { conflictingRecord, errorMessage, hasFieldErrors } from './httpErrors';

// react-admin's default would notify and redirect to the list; the page shows RecordNotFound instead.
const stayOnPage = () => undefined;

/**
 * The Edit every area uses. Pessimistic, because the platform may refuse (field errors next to the fields,
 * 409 on a stale version); a 409 is left to <ConflictDialog> inside the form, field errors to the form,
 * anything else becomes a notification. A record that can't be loaded shows RecordNotFound, no data.
 */
export const ConflictAwareEdit = <RecordType extends RaRecord = RaRecord>({
  queryOptions,
  mutationOptions,
  ...props
}: EditProps<RecordType>) => {
  const notify = useNotify();
  return (
    <Edit<RecordType>
      mutationMode="pessimistic"
      redirectOnError={false}
      error={<EditLoadError />}
      queryOptions={{ retry: false, onError: stayOnPage, ...queryOptions }}
      mutationOptions={{
        onError: (error: unknown) => {
          if (conflictingRecord(error) || hasFieldErrors(error)) return;
          notify(errorMessage(error), { type: 'error' });
        },
        ...mutationOptions,
      }}
      {...props}
    />
  );
};
