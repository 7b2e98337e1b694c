import type { ServiceEvent, ServiceEventType } from '../../api';

export type ServiceEventData<T extends ServiceEventType> = Extract<ServiceEvent, { type: T }>['data'];
type Handler = (data: unknown) => void;

/**
 * Fans the stream's events (and the outbox's own sent messages) out to the components that listen.
 * A plain emitter, not React state: a message arriving must not re-render the whole workbench.
 */
export interface ServiceEventBus {
  emit(event: ServiceEvent): void;
  on<T extends ServiceEventType>(type: T, handler: (data: ServiceEventData<T>) => void): () => void;
  /** After the stream came back from a drop: listeners refetch what they may have missed. */
  emitReconnect(): void;
  onReconnect(listener: () => void): () => void;
}

export function createServiceEventBus(): ServiceEventBus {
  const handlers = new Map<ServiceEventType, Set<Handler>>();
  const reconnectListeners = new Set<() => void>();
  return {
    emit(event) {
      // A copy: a handler may unsubscribe while we call them.
      for (const handler of [...(handlers.get(event.type) ?? [])]) handler(event.data);
    },
    on(type, handler) {
      const set = handlers.get(type) ?? new Set<Handler>();
      handlers.set(type, set);
      const untyped = handler as Handler;
      set.add(untyped);
      return () => set.delete(untyped);
    },
    emitReconnect() {
      for (const listener of [...reconnectListeners]) listener();
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
  };
}
