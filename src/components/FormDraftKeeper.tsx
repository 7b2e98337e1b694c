import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button } from '@mui/material';
import { useFormContext, type FieldValues } from 'react-hook-form';
import {
  useGetIdentity,
  useRecordContext,
  useRegisterMutationMiddleware,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { draftKey, readDraft, removeDraft, sameValues, writeDraft } from './draftStorage';

const DEBOUNCE_MS = 300;

type Save = (resource: string, params: unknown) => Promise<unknown>;

/**
 * Placed inside a create or edit form: keeps what is typed in a per-user draft and offers it back on the
 * next visit (after a reload, a session expiry or navigating away). The draft disappears once the platform
 * accepts the save, or when the form is back to the record (Discard, "Load their version").
 */
export const FormDraftKeeper = () => {
  const resource = useResourceContext();
  const record = useRecordContext();
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const { subscribe, reset, formState } = useFormContext();
  const key = identity && resource ? draftKey(identity.id, resource, record?.id) : null;

  // Read once per key, during render: there is nothing to subscribe to, and the notice must not flash.
  const draftAtOpen = useMemo(() => (key ? readDraft(key) : null), [key]);
  const [dismissed, setDismissed] = useState(false);

  // An edit form whose record vanished (signing out clears the cache) resets itself to nothing: that is not
  // the user undoing their changes, so it must neither overwrite nor delete the draft.
  // A layout effect, so it is known before the form's own reset (a passive effect) tells the subscriber.
  const recordGone = useRef(false);
  const hadRecord = useRef(false);
  useLayoutEffect(() => {
    if (record) hadRecord.current = true;
    recordGone.current = hadRecord.current && !record;
  }, [record]);

  const ready = useRef(false);
  const saved = useRef(false);
  const pending = useRef<{ values: FieldValues; defaults: FieldValues } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const latest = pending.current;
    pending.current = null;
    if (!key || !latest || saved.current) return;
    if (sameValues(latest.values, latest.defaults)) removeDraft(key);
    else writeDraft(key, latest.values);
  }, [key]);

  // The form's own reset to the record runs in a parent effect after ours, so wait for isReady.
  useEffect(() => {
    if (!key || !formState.isReady || ready.current) return;
    ready.current = true;
    if (draftAtOpen) reset(draftAtOpen, { keepDefaultValues: true });
  }, [key, formState.isReady, draftAtOpen, reset]);

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values, defaultValues }) => {
          if (!ready.current || recordGone.current) return;
          const defaults = (defaultValues ?? {}) as FieldValues;
          if (saved.current) {
            // After a save only the form's reset to the saved record ends the "saved" state.
            if (sameValues(values, defaults)) saved.current = false;
            return;
          }
          pending.current = { values, defaults };
          clearTimeout(timer.current);
          timer.current = setTimeout(flush, DEBOUNCE_MS);
        },
      }),
    [subscribe, flush],
  );

  // Flush on unmount and when the page goes away (reload, tab closed) so the last keystrokes are kept.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  useRegisterMutationMiddleware<Save>(
    useCallback(
      async (saveResource: string, params: unknown, next: Save) => {
        const result = await next(saveResource, params);
        // A 401 signs the user out and react-admin then resolves the call with an empty list instead of
        // failing it: only a saved record means the platform has what was typed.
        if (!isSavedRecord(result)) return result;
        saved.current = true;
        clearTimeout(timer.current);
        pending.current = null;
        if (key) removeDraft(key);
        return result;
      },
      [key],
    ),
  );

  const discard = () => {
    reset();
    if (key) removeDraft(key);
    setDismissed(true);
  };

  if (!draftAtOpen || dismissed) return null;
  return (
    <Alert
      severity="info"
      role="status"
      sx={{ mb: 2, width: '100%' }}
      action={
        <Button color="inherit" size="small" onClick={discard}>
          {translate('components.draft.discard')}
        </Button>
      }
    >
      {translate('components.draft.restored')}
    </Alert>
  );
};

const isSavedRecord = (result: unknown): boolean => {
  if (typeof result !== 'object' || result === null || !('data' in result)) return false;
  const { data } = result;
  return typeof data === 'object' && data !== null && !Array.isArray(data) && 'id' in data;
};
