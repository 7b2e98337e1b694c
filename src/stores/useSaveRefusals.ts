import { useCallback } from 'react';
import { useNotify, useRegisterMutationMiddleware } from 'react-admin';
import { errorMessage, httpStatus } from '../components/httpErrors';
import type { ChecklistKey } from './liveChecklist';
import { hasErrorsBeyondFields, refusalErrors, refusedItems } from './storeRefusals';

type Save = (resource: string, params: unknown) => Promise<unknown>;

/**
 * Used inside the store's Edit. An open store must keep everything opening required, so the platform may
 * refuse a save with checklist items as `errors`. Errors on fields land next to them (react-admin);
 * this also marks the items on the checklist and, when some are no field of the form (the settlement
 * account, the type and trade model pair, verification), says so in a notification.
 */
export function useSaveRefusals(onRefused: (items: ChecklistKey[]) => void) {
  const notify = useNotify();
  useRegisterMutationMiddleware<Save>(
    useCallback(
      async (resource: string, params: unknown, next: Save) => {
        try {
          const result = await next(resource, params);
          onRefused([]);
          return result;
        } catch (error) {
          const errors = refusalErrors(error);
          if (httpStatus(error) === 422 && errors) {
            onRefused(refusedItems(errors));
            if (hasErrorsBeyondFields(errors)) notify(errorMessage(error), { type: 'error' });
          }
          throw error;
        }
      },
      [notify, onRefused],
    ),
  );
}
