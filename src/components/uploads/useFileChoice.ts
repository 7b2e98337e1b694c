import { useCallback, useEffect, useRef, useState } from 'react';
import type { FilePurpose, FileRef } from '../../api';
import type { PixelReader } from './readImageSize';
import { uploadFailureOf, type UploadFailure } from './uploadFailure';
import { useUploader } from './useUploader';

/** The file before the person's last change, so removing or replacing it can be undone. */
export interface UndoableChange {
  kind: 'removed' | 'replaced';
  previous: FileRef;
}

/**
 * The state behind FileUploadInput: the upload in flight, why the last file was refused, and what can be
 * undone. `onChange` sets the form value; only the latest file chosen may set it, so a slow upload finishing
 * after a quicker one (or after the input is gone) changes nothing.
 */
export function useFileChoice(
  purpose: FilePurpose,
  value: FileRef | null,
  onChange: (file: FileRef | null) => void,
  readPixels?: PixelReader,
) {
  const { upload } = useUploader(purpose, { readPixels });
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<UploadFailure | null>(null);
  const [undoable, setUndoable] = useState<UndoableChange | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const latest = useRef(0);
  useEffect(() => () => void (latest.current += 1), []);

  const choose = useCallback(
    async (file: File) => {
      const attempt = ++latest.current;
      setFailure(null);
      setUploaded(null);
      setPending(file.name);
      try {
        const ref = await upload(file);
        if (attempt !== latest.current) return;
        onChange(ref);
        setUndoable(value ? { kind: 'replaced', previous: value } : null);
        setUploaded(ref.name);
      } catch (error) {
        if (attempt === latest.current) setFailure(uploadFailureOf(error, purpose));
      } finally {
        if (attempt === latest.current) setPending(null);
      }
    },
    [upload, onChange, value, purpose],
  );

  const remove = useCallback(() => {
    if (!value) return;
    latest.current += 1;
    onChange(null);
    setUndoable({ kind: 'removed', previous: value });
    setUploaded(null);
    setFailure(null);
  }, [value, onChange]);

  const undo = useCallback(() => {
    if (!undoable) return;
    onChange(undoable.previous);
    setUndoable(null);
    setUploaded(null);
  }, [undoable, onChange]);

  return { choose, remove, undo, pending, failure, undoable, uploaded };
}
