import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { MAX_PRODUCT_IMAGES, type FileRef } from '../api';
import { useUploader, uploadFailureOf, type PixelReader } from '../components/uploads';

/** A file that was not added, with the reason in the reader's language. */
export interface GalleryFailure {
  name: string;
  message: string;
}

/**
 * Uploads several images at once for the gallery. A choice that would take the gallery past its limit is
 * refused as a whole (nothing half-added); otherwise each file is checked (type, size, square, pixels)
 * before it is sent, the ones that pass are appended in the order chosen, and each refusal is reported
 * with the file's name. `current` reads the gallery when the uploads finish, as it may have changed.
 */
export function useGalleryUploads(options: {
  current: () => FileRef[];
  onAdded: (images: FileRef[]) => void;
  readPixels?: PixelReader;
}) {
  const { current, onAdded, readPixels } = options;
  const translate = useTranslate();
  const { upload } = useUploader('product_image', { readPixels });
  const [uploading, setUploading] = useState(0);
  const [failures, setFailures] = useState<GalleryFailure[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [addedCount, setAddedCount] = useState(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);

  const addFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      setFailures([]);
      setAddedCount(0);
      const left = MAX_PRODUCT_IMAGES - current().length - uploading;
      if (files.length > left) {
        setRefusal(
          left <= 0
            ? translate('resources.products.images.full')
            : translate('resources.products.images.too_many', {
                max: MAX_PRODUCT_IMAGES,
                chosen: files.length,
                left,
              }),
        );
        return;
      }
      setRefusal(null);
      setUploading((count) => count + files.length);
      const results = await Promise.allSettled(files.map((file) => upload(file)));
      if (!mounted.current) return;
      setUploading((count) => count - files.length);
      const added = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      const failed = results.flatMap((result, index) => {
        if (result.status === 'fulfilled') return [];
        const failure = uploadFailureOf(result.reason, 'product_image');
        const name = files[index]?.name ?? '';
        return [{ name, message: translate(failure.code, { _: failure.code, ...failure.values }) }];
      });
      if (added.length > 0) onAdded([...current(), ...added].slice(0, MAX_PRODUCT_IMAGES));
      setFailures(failed);
      setAddedCount(added.length);
    },
    [current, onAdded, translate, upload, uploading],
  );

  return { addFiles, uploading, failures, refusal, addedCount };
}
