import { Show, type RaRecord, type ShowProps } from 'react-admin';
import { ShowLoadError } from './RecordNotFound';

const stayOnPage = () => undefined;

/** Show that says "Not found" / "No access" in place when the record can't be loaded, instead of redirecting. */
export const GuardedShow = <RecordType extends RaRecord = RaRecord>({
  queryOptions,
  ...props
}: ShowProps<RecordType>) => (
  <Show<RecordType>
    redirectOnError={false}
    error={<ShowLoadError />}
    queryOptions={{ retry: false, onError: stayOnPage, ...queryOptions }}
    {...props}
  />
);
