import { useCallback, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { FileRef } from '../api';
import { useFocusAfterMove } from './useFocusAfterMove';
import { useUndoableRemoval } from './useUndoableRemoval';

const moved = (list: FileRef[], from: number, to: number) => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
};

/**
 * Moving and removing gallery images: every change reads the gallery as it is now (uploads may have added
 * to it), a move says where the image went and keeps the keyboard on it, a removal can be undone.
 */
export function useGalleryOrder(current: () => FileRef[], setImages: (images: FileRef[]) => void) {
  const translate = useTranslate();
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfterMove = useFocusAfterMove(listRef, 'image-id', { earlier: 'later', later: 'earlier' });

  const onMove = useCallback(
    (from: number, to: number) => {
      const list = current();
      const image = list[from];
      if (!image || to < 0 || to >= list.length) return;
      setImages(moved(list, from, to));
      focusAfterMove(image.id, to < from ? 'earlier' : 'later');
      setAnnouncement(
        translate(to === 0 ? 'resources.products.images.moved_cover' : 'resources.products.images.moved', {
          name: image.name,
          position: to + 1,
          count: list.length,
        }),
      );
    },
    [current, setImages, translate, focusAfterMove],
  );

  const removal = useUndoableRemoval<FileRef>({
    remove: useCallback(
      (index: number) => setImages(current().filter((_, i) => i !== index)),
      [current, setImages],
    ),
    insert: useCallback(
      (index: number, image: FileRef) => {
        const list = current();
        setImages([...list.slice(0, index), image, ...list.slice(index)]);
      },
      [current, setImages],
    ),
    valueAt: useCallback((index: number) => current()[index] as FileRef, [current]),
    nameAt: useCallback((index: number) => current()[index]?.name ?? '', [current]),
  });
  const { removeAt } = removal;
  const onRemove = useCallback(
    (index: number) => {
      setAnnouncement('');
      removeAt(index);
    },
    [removeAt],
  );

  return { listRef, onMove, onRemove, removal, announcement };
}
