import { useEffect, useRef } from 'react';
import { shortcutFor, type ShortcutAction } from './shortcutKeys';

export type ShortcutHandlers = Record<ShortcutAction, () => void>;

/**
 * Listens for the workbench's shortcuts while `enabled`. The handlers may change at every render;
 * the listener is added once.
 */
export function useWorkbenchShortcuts(handlers: ShortcutHandlers, enabled: boolean) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (action === null) return;
      if (action === 'leave_box') {
        // Esc leaves the box so the next key is a shortcut again; the text stays.
        if (event.target instanceof HTMLElement) event.target.blur();
        return;
      }
      event.preventDefault();
      latest.current[action]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
