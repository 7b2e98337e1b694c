import type { AxiosInstance } from 'axios';
import type { DataProvider, GetListParams, Identifier, RaRecord } from 'react-admin';
import { env } from '../config/env';
import { createHttpClient } from './httpClient';
import { toHttpError } from './httpError';
import { claimDictionarySchema, type ClaimDictionaryState } from './schemas/claims';
import { dashboardSchema, type Dashboard } from './schemas/dashboard';
import type { DecisionRequest, ModerationItem } from './schemas/moderation';
import type { ListResponse } from './schemas/common';
import type { FilePurpose, UploadedFile } from './schemas/files';
import type { ProductImport } from './schemas/imports';
import { sessionStore } from './sessionStore';
import {
  messagePageSchema,
  messageSchema,
  presenceListSchema,
  replyLogSchema,
  serviceAgentsSchema,
  type Message,
  type MessageCreate,
  type MessagePage,
  type Presence,
  type PresenceState,
  type ReplyLogEntry,
  type ServiceAgent,
} from './schemas/service';

export interface PlatformDataProvider extends DataProvider {
  getDashboard(): Promise<Dashboard>;
  /** The moderators' run-time additions to the banned-claims dictionary, and its version. */
  getClaimDictionary(): Promise<ClaimDictionaryState>;
  /** A moderator's approve or reject of a queued item. */
  decideModeration(id: Identifier, decision: DecisionRequest): Promise<ModerationItem>;
  /** POST /<resource>/:id/<action> with the version the user saw, e.g. products/:id/list. */
  transition<T extends RaRecord>(
    resource: string,
    id: Identifier,
    action: string,
    version: number,
  ): Promise<T>;
  /** POST /files (multipart): the platform checks type and size again and answers where the file lives. */
  uploadFile(file: Blob, purpose: FilePurpose, fileName?: string): Promise<UploadedFile>;
  /**
   * POST /<resource>[/:id]/<action> with a JSON body, for the platform's commands that are not a
   * plain create or update: submit, decision, open, bulk, commit, cancel. Answers the platform's JSON.
   */
  command<T>(resource: string, id: Identifier | undefined, action: string, body?: unknown): Promise<T>;
  /** GET /<resource>/<file> as a file, e.g. products/export.csv with the list's filters. */
  download(resource: string, file: string, params?: Record<string, unknown>): Promise<Blob>;
  /** POST /product-imports (multipart): validates every row (a dry run) and answers the job. */
  startProductImport(file: Blob, fileName: string): Promise<ProductImport>;
  /** Mock platform only: restores the demo seed. */
  resetDemoData(): Promise<void>;
  /** A conversation's messages, oldest first: the newest `limit`, or those before the message `before`. */
  getMessages(conversationId: string, page?: { before?: string; limit?: number }): Promise<MessagePage>;
  /**
   * POST /conversations/:id/messages with the key made when the reply was typed: sending it again
   * (a retry after a lost answer) answers the same message instead of a second one.
   */
  sendMessage(conversationId: string, message: MessageCreate, idempotencyKey: string): Promise<Message>;
  /** Who else is in a conversation now (the caller excluded). */
  getPresence(conversationId: string): Promise<Presence[]>;
  /** Tells teammates the caller is viewing, typing in or has left a conversation. */
  sayPresence(conversationId: string, state: PresenceState): Promise<void>;
  /** The brand's messages between two instants, reduced to what the reply figures need. */
  getReplyLog(from: number, to: number): Promise<ReplyLogEntry[]>;
  /** The brand's staff a conversation may be assigned to (active agents and admins). */
  getServiceAgents(): Promise<ServiceAgent[]>;
  /**
   * GET /service/events as a byte stream of server-sent events (fetch adapter: XHR cannot stream).
   * It stays open until `signal` aborts or the connection drops.
   */
  openServiceEvents(signal: AbortSignal): Promise<ReadableStream<Uint8Array>>;
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

/** Resources whose REST collection is not at /<resource> (the name is what the access table knows). */
const collectionPaths: Record<string, string> = { 'claim-dictionary': '/claim-dictionary/entries' };

export function createDataProvider(http: AxiosInstance): PlatformDataProvider {
  const path = (resource: string, id?: Identifier) => {
    const collection = collectionPaths[resource] ?? `/${resource}`;
    return id === undefined ? collection : `${collection}/${encodeURIComponent(String(id))}`;
  };

  const getVersioned = async (resource: string, id: Identifier) =>
    call(http.get<RaRecord>(path(resource, id)));

  return {
    supportAbortSignal: true,

    getList: async (resource, params) => {
      const body = await call(
        http.get<ListResponse<RaRecord>>(path(resource), {
          params: listParams(params),
          signal: params.signal,
        }),
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
      const body = await call(
        http.get<ListResponse<RaRecord>>(path(resource), { params: query, signal: params.signal }),
      );
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
        await call(
          http.patch(path(resource, id), { ...writableBody(params.data), version: current.version }),
        );
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
    decideModeration: async (id: Identifier, decision: DecisionRequest) =>
      call(http.post<ModerationItem>(`${path('moderation', id)}/decision`, decision)),
    getClaimDictionary: async () => claimDictionarySchema.parse(await call(http.get('/claim-dictionary'))),
    transition: async <T extends RaRecord>(
      resource: string,
      id: Identifier,
      action: string,
      version: number,
    ) => call(http.post<T>(`${path(resource, id)}/${action}`, { version })),
    uploadFile: async (file: Blob, purpose: FilePurpose, fileName?: string) => {
      const form = new FormData();
      form.append('purpose', purpose);
      form.append('file', file, fileName ?? (file instanceof File ? file.name : 'upload'));
      return call(http.post<UploadedFile>('/files', form));
    },
    command: async <T>(resource: string, id: Identifier | undefined, action: string, body?: unknown) =>
      call(http.post<T>(`${path(resource, id)}/${action}`, body ?? {})),
    download: async (resource: string, file: string, params?: Record<string, unknown>) =>
      call(http.get<Blob>(`${path(resource)}/${file}`, { params, responseType: 'blob' })),
    startProductImport: async (file: Blob, fileName: string) => {
      const form = new FormData();
      form.append('file', file, fileName);
      return call(http.post<ProductImport>('/product-imports', form));
    },
    resetDemoData: async () => {
      await call(http.post('/__platform/reset'));
    },
    getMessages: async (conversationId: string, page: { before?: string; limit?: number } = {}) =>
      messagePageSchema.parse(
        await call(http.get(`${path('conversations', conversationId)}/messages`, { params: page })),
      ),
    sendMessage: async (conversationId: string, message: MessageCreate, idempotencyKey: string) =>
      messageSchema.parse(
        await call(
          http.post(`${path('conversations', conversationId)}/messages`, message, {
            headers: { 'Idempotency-Key': idempotencyKey },
          }),
        ),
      ),
    getPresence: async (conversationId: string) =>
      presenceListSchema.parse(await call(http.get(`${path('conversations', conversationId)}/presence`))),
    sayPresence: async (conversationId: string, state: PresenceState) => {
      await call(http.post(`${path('conversations', conversationId)}/presence`, { state }));
    },
    getReplyLog: async (from: number, to: number) =>
      replyLogSchema.parse(
        await call(
          http.get('/service/reply-log', {
            params: { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
          }),
        ),
      ).data,
    getServiceAgents: async () => serviceAgentsSchema.parse(await call(http.get('/service/agents'))),
    openServiceEvents: async (signal: AbortSignal) =>
      call(
        http.get<ReadableStream<Uint8Array>>('/service/events', {
          adapter: 'fetch',
          responseType: 'stream',
          headers: { Accept: 'text/event-stream' },
          // fetch in Node (the tests) cannot resolve a relative base URL; browsers resolve it the same way.
          baseURL: new URL(http.defaults.baseURL ?? '/', globalThis.location?.href ?? 'http://localhost/')
            .href,
          // The stream stays open; only `signal` ends it.
          timeout: 0,
          signal,
        }),
      ),
  } as PlatformDataProvider;
}

export const httpClient = createHttpClient({
  baseURL: env.apiUrl,
  getToken: () => sessionStore.read()?.token ?? null,
});

export const dataProvider = createDataProvider(httpClient);
