import { useCallback, useRef, useState } from 'react';

interface Removal<T> {
  index: number;
  value: T;
  /** Words for the notice, e.g. the SKU's spec, taken before the row is gone. */
  name: string;
}

/**
 * Removes a row of a field array at once and keeps it so it can be put back where it was: removing is
 * one click and nothing is saved until the form is, so an undo is kinder than a confirmation dialog.
 * Only the latest removal can be undone.
 */
export function useUndoableRemoval<T>(options: {
  remove: (index: number) => void;
  insert: (index: number, value: T) => void;
  valueAt: (index: number) => T;
  nameAt: (index: number) => string;
}) {
  const { remove, insert, valueAt, nameAt } = options;
  const [removal, setRemoval] = useState<Removal<T> | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  const removeAt = useCallback(
    (index: number) => {
      setRemoval({ index, value: valueAt(index), name: nameAt(index) });
      remove(index);
      // The row's buttons are gone: the keyboard goes to Undo, next to the words saying what happened.
      requestAnimationFrame(() => undoRef.current?.focus());
    },
    [remove, valueAt, nameAt],
  );

  const undo = useCallback(() => {
    if (!removal) return;
    insert(removal.index, removal.value);
    setRemoval(null);
  }, [insert, removal]);

  const forget = useCallback(() => setRemoval(null), []);

  return { removal, removeAt, undo, forget, undoRef };
}
