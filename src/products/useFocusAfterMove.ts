import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * After a row or tile is moved with its arrow buttons, React moves its DOM node and the browser may drop
 * the focus. This gives it back to the same button of the moved item, or to the opposite arrow when the
 * item reached the end of the list (its button is then disabled). Items carry `data-<keyAttribute>`,
 * buttons `data-action`.
 */
export function useFocusAfterMove<Action extends string>(
  container: RefObject<HTMLElement | null>,
  keyAttribute: string,
  opposite: Record<Action, Action>,
) {
  const pending = useRef<{ key: string; action: Action } | null>(null);

  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    const items = Array.from(container.current?.querySelectorAll(`[data-${keyAttribute}]`) ?? []);
    const item = items.find((element) => element.getAttribute(`data-${keyAttribute}`) === target.key);
    const button = (action: Action) => item?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    const same = button(target.action);
    (same && !same.disabled ? same : button(opposite[target.action]))?.focus();
  });

  return useCallback((key: string, action: Action) => {
    pending.current = { key, action };
  }, []);
}
