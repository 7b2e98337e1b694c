import type { AxiosInstance } from 'axios';
import type { DataProvider, GetListParams, Identifier, RaRecord } from 'react-admin';
import { env } from '../config/env';
import { createHttpClient } from './httpClient';
import { toHttpError } from './httpError';
import { dashboardSchema, type Dashboard } from './schemas/dashboard';
import type { ListResponse } from './schemas/common';
import { sessionStore } from './sessionStore';

export interface PlatformDataProvider extends DataProvider {
  getDashboard(): Promise<Dashboard>;
  /** Mock platform only: restores the demo seed. */
  resetDemoData(): Promise<void>;
}

/** Fields the platform owns: never sent back in a write. */
const readOnlyFields = ['id', 'createdAt', 'updatedAt', 'brandId'];

const writableBody = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([key]) => !readOnlyFields.includes(key)));

const listParams = ({ pagination, sort, filter }: Partial<GetListParams>) => ({
  page: pagination?.page ?? 1,
  perPage: pagination?.perPage ?? 25,
  ...(sort?.field ? { sort: sort.field, order: sort.order === 'DESC' ? 'DESC' : 'ASC' } : {}),
  ...filter,
});

/** Awaits a request and turns its failure into react-admin's HttpError with an i18n message. */
async function call<T>(request: Promise<{ data: T }>): Promise<T> {
  try {
    return (await request).data;
  } catch (error) {
    throw toHttpError(error);
  }
}

export function createDataProvider(http: AxiosInstance): PlatformDataProvider {
  const path = (resource: string, id?: Identifier) =>
    id === undefined ? `/${resource}` : `/${resource}/${encodeURIComponent(String(id))}`;

  const getVersioned = async (resource: string, id: Identifier) => call(http.get<RaRecord>(path(resource, id)));

  return {
    supportAbortSignal: true,

    getList: async (resource, params) => {
      const body = await call(
        http.get<ListResponse<RaRecord>>(path(resource), { params: listParams(params), signal: params.signal }),
      );
      return { data: body.data, total: body.total };
    },
    getOne: async (resource, params) => ({
      data: await call(http.get(path(resource, params.id), { signal: params.signal })),
    }),
    getMany: async (resource, params) => {
      if (params.ids.length === 0) return { data: [] };
      const body = await call(
        http.get<ListResponse<RaRecord>>(path(resource), {
          params: { id: params.ids, perPage: Math.min(params.ids.length, 100) },
          signal: params.signal,
        }),
      );
      return { data: body.data };
    },
    getManyReference: async (resource, params) => {
      const query = { ...listParams(params), [params.target]: params.id };
      const body = await call(http.get<ListResponse<RaRecord>>(path(resource), { params: query, signal: params.signal }));
      return { data: body.data, total: body.total };
    },
    create: async (resource, params) => ({ data: await call(http.post(path(resource), params.data)) }),
    update: async (resource, params) => {
      // The version the user's edit was based on: a stale one makes the platform answer 409.
      const version = params.data.version ?? params.previousData?.version;
      const body = { ...writableBody(params.data), version };
      return { data: await call(http.patch(path(resource, params.id), body)) };
    },
    updateMany: async (resource, params) => {
      const ids: Identifier[] = [];
      for (const id of params.ids) {
        const current = await getVersioned(resource, id);
        await call(http.patch(path(resource, id), { ...writableBody(params.data), version: current.version }));
        ids.push(id);
      }
      return { data: ids };
    },
    delete: async (resource, params) => {
      await call(http.delete(path(resource, params.id)));
      return { data: params.previousData ?? { id: params.id } };
    },
    deleteMany: async (resource, params) => {
      for (const id of params.ids) await call(http.delete(path(resource, id)));
      return { data: params.ids };
    },
    getDashboard: async () => dashboardSchema.parse(await call(http.get('/dashboard'))),
    resetDemoData: async () => {
      await call(http.post('/__platform/reset'));
    },
  } as PlatformDataProvider;
}

export const httpClient = createHttpClient({
  baseURL: env.apiUrl,
  getToken: () => sessionStore.read()?.token ?? null,
});

export const dataProvider = createDataProvider(httpClient);
