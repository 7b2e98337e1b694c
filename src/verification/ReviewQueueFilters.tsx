import { useMemo } from 'react';
import { SearchInput, SelectInput, useTranslate } from 'react-admin';
import { verificationStatusSchema } from '../api';

// Choice names are message keys: react-admin translates them.
const statusChoices = verificationStatusSchema.options.map((status) => ({
  id: status,
  name: `resources.verification-applications.statuses.${status}`,
}));

/** Search by brand (its Chinese or English name) and the status; the search box is named for screen readers. */
export function useReviewQueueFilters() {
  const translate = useTranslate();
  const search = translate('verificationReview.queue.search');
  return useMemo(
    () => [
      <SearchInput
        key="q"
        source="q"
        placeholder={search}
        slotProps={{ htmlInput: { 'aria-label': search } }}
        alwaysOn
      />,
      <SelectInput
        key="status"
        source="status"
        label="verificationReview.queue.status"
        choices={statusChoices}
        emptyText="verificationReview.queue.all_statuses"
        alwaysOn
      />,
    ],
    [search],
  );
}

/** The queue opens on what waits for a decision; the other statuses are for looking back. */
export const reviewQueueFilterDefaults = { status: 'submitted' };
