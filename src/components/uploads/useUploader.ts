import { useCallback } from 'react';
import { useDataProvider } from 'react-admin';
import { uploadProblem, type FilePurpose, type FileRef } from '../../api';
import type { PlatformDataProvider } from '../../api/dataProvider';
import { readImageSize, type PixelReader } from './readImageSize';
import { UploadError, uploadFailureOf, type UploadFailure } from './uploadFailure';

export interface UploaderOptions {
  /** How to read an image's pixels; tests inject one, since jsdom decodes no images. */
  readPixels?: PixelReader;
}

/**
 * Uploads files for one purpose with the contract's checks first (type, size, then the decoded pixels):
 * a file that breaks a rule is never sent. `check` answers the problem without sending; `upload` throws an
 * UploadError whose `failure` is ready for `translate(failure.code, failure.values)`.
 */
export function useUploader(purpose: FilePurpose, { readPixels = readImageSize }: UploaderOptions = {}) {
  const dataProvider = useDataProvider<PlatformDataProvider>();

  const check = useCallback(
    async (file: File): Promise<UploadFailure | null> => {
      const facts = { contentType: file.type, size: file.size };
      const early = uploadProblem(facts, purpose);
      if (early || !file.type.startsWith('image/')) return early;
      let pixels;
      try {
        pixels = await readPixels(file);
      } catch {
        return { code: 'files.errors.unreadable', values: {} };
      }
      return pixels ? uploadProblem({ ...facts, ...pixels }, purpose) : null;
    },
    [purpose, readPixels],
  );

  const upload = useCallback(
    async (file: File): Promise<FileRef> => {
      const failure = await check(file);
      if (failure) throw new UploadError(failure, false);
      try {
        const { id, name, contentType, url } = await dataProvider.uploadFile(file, purpose, file.name);
        return { id, name, contentType, url };
      } catch (error) {
        throw new UploadError(uploadFailureOf(error, purpose), true, { cause: error });
      }
    },
    [check, dataProvider, purpose],
  );

  return { check, upload };
}
