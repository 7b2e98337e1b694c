import { useEffect, useRef } from 'react';
import type { ServiceEventType } from '../../api';
import type { ServiceEventData } from './eventBus';
import { useLiveContext } from './LiveContext';

/** Subscribe to one event type for as long as the component is mounted (handler may change each render). */
export function useServiceEvent<T extends ServiceEventType>(
  type: T,
  handler: (data: ServiceEventData<T>) => void,
): void {
  const bus = useLiveContext()?.bus;
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => bus?.on(type, (data) => latest.current(data)), [bus, type]);
}

/** Called each time the stream is live again after a drop: refetch what may have been missed. */
export function useOnReconnect(callback: () => void): void {
  const bus = useLiveContext()?.bus;
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => bus?.onReconnect(() => latest.current()), [bus]);
}
