import { http } from 'msw';
import { serviceSettingsSchema, serviceSettingsUpdateSchema, type ServiceSettings } from '../../src/api';
import { db } from '../db/store';
import { parseBody } from '../lib/body';
import { listRecords, type ListOptions } from '../lib/listQuery';
import { conflict } from '../lib/problem';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';
import { findWithinScope, withinScope } from '../lib/scope';
import type { Caller } from '../lib/sessions';

const listOptions: ListOptions<ServiceSettings> = {
  fields: serviceSettingsSchema.keyof().options,
  searchFields: [],
};

const brandOf = (settings: ServiceSettings) => settings.brandId;
const findSettings = (caller: Caller, id: string) =>
  findWithinScope(caller, db.serviceSettings, id, brandOf, 'service settings');

export const serviceSettingsHandlers = [
  // One row per brand: brand users' list holds their own.
  http.get(
    apiPath('/service-settings'),
    route('service-settings', 'list', ({ caller, url }) =>
      json(
        listRecords(withinScope(caller, db.serviceSettings.all(), brandOf), url.searchParams, listOptions),
      ),
    ),
  ),
  http.get(
    apiPath('/service-settings/:id'),
    route('service-settings', 'show', ({ caller, params }) => json(findSettings(caller, params.id))),
  ),
  http.patch(
    apiPath('/service-settings/:id'),
    route('service-settings', 'edit', async ({ caller, params, request }) => {
      const stored = findSettings(caller, params.id);
      const { version, approvalThresholdFen } = await parseBody(request, serviceSettingsUpdateSchema);
      if (version !== stored.version) throw conflict(stored);
      return json(
        db.serviceSettings.save({
          ...stored,
          approvalThresholdFen,
          version: stored.version + 1,
          updatedAt: new Date().toISOString(),
        }),
      );
    }),
  ),
  http.post(apiPath('/service-settings'), unsupportedRoute('service-settings', 'create')),
  http.delete(apiPath('/service-settings/:id'), unsupportedRoute('service-settings', 'delete')),
];
