import { useState } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import {
  setSubmissionErrors,
  useDataProvider,
  useEditContext,
  useNotify,
  useRefresh,
  useSaveContext,
  type RaRecord,
} from 'react-admin';
import type { VerificationApplication } from '../api';
import type { PlatformDataProvider } from '../api/dataProvider';
import { errorMessage, httpStatus } from '../components/httpErrors';

const fieldErrorsOf = (error: unknown): Record<string, string> | null => {
  if (error === null || typeof error !== 'object' || !('body' in error)) return null;
  const body = error.body as { errors?: unknown } | null;
  return body?.errors && typeof body.errors === 'object' ? (body.errors as Record<string, string>) : null;
};

/**
 * Submits the application for review. Unsaved changes are saved first (through the form's own save, so
 * drafts, conflicts and field errors behave as for "Save draft"); then the platform checks it is complete.
 * When it is not, every missing field is marked and nothing typed is lost.
 */
export function useSubmitApplication() {
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { record } = useEditContext<VerificationApplication>();
  const { save } = useSaveContext();
  const { handleSubmit, setError } = useFormContext();
  const { isDirty } = useFormState();
  const [submitting, setSubmitting] = useState(false);

  const sendForReview = async (application: VerificationApplication, version: number) => {
    try {
      await dataProvider.command('verification-applications', application.id, 'submit', { version });
      notify('verification.notifications.submitted', { type: 'success' });
      refresh();
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      if (fieldErrors) setSubmissionErrors(fieldErrors, setError);
      notify(errorMessage(error), { type: 'error' });
      // Stale or no longer editable (someone else submitted): show the application as it is now.
      if (httpStatus(error) === 409 || (httpStatus(error) === 422 && !fieldErrors)) refresh();
    }
  };

  const submit = handleSubmit(async (values) => {
    if (!record || !save) return;
    setSubmitting(true);
    try {
      let version = record.version;
      if (isDirty) {
        let saved: RaRecord | undefined;
        const errors = await save(values, { onSuccess: (data: RaRecord) => void (saved = data) });
        if (errors) return setSubmissionErrors(errors, setError);
        // Refused for another reason (conflict, network): the form's own handlers have told the person.
        if (!saved) return;
        version = (saved as VerificationApplication).version;
      }
      await sendForReview(record, version);
    } finally {
      setSubmitting(false);
    }
  });

  return { submit, submitting };
}
